# Writes nianbao(1) with help2man: the top --help, then each command's --help as its own
# subsection, then the hand-written sections of nianbao.h2m (exit status, files, examples).
# cmake -DPROGRAM=nianbao -DVERSION=0.2.0 -DHELP2MAN=help2man -DSECTIONS=nianbao.h2m -DOUTPUT=nianbao.1 -P man-page.cmake
set(commands parse check extract editions "editions show" generate summary version)
set(text "[COMMANDS]\n")
foreach(command IN LISTS commands)
  separate_arguments(words UNIX_COMMAND "${command}")
  execute_process(COMMAND ${PROGRAM} ${words} --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} ${command} --help failed (${status})")
  endif()
  # roff: a backslash is \e, and a line that starts with . or ' is text, not a request.
  string(REPLACE "\\" "\\e" help "${help}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
  string(REPLACE "${PROGRAM}" "nianbao" help "${help}")
  string(APPEND text ".SS nianbao ${command}\n.nf\n${help}.fi\n")
endforeach()
file(READ ${SECTIONS} sections)
get_filename_component(dir ${OUTPUT} DIRECTORY)
file(WRITE ${dir}/nianbao-man-sections.h2m "${text}\n${sections}")
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8
          ${HELP2MAN} --no-info --section=1 --locale=C.UTF-8 --version-string=${VERSION}
          "--name=parser and strict checker of government information-disclosure annual reports"
          --include=${dir}/nianbao-man-sections.h2m --output=${OUTPUT} ${PROGRAM}
  RESULT_VARIABLE status ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "help2man failed (${status}): ${err}")
endif()
