# Installs the build into a fresh prefix, builds tools/example against it with find_package, and
# runs the example on a seed: what a C++ user of the installed library does, start to end.
# cmake -DBUILD=dir -DSOURCE=dir -DWORK=dir -DREPORT=file -DEXPECTED=file -P install_case.cmake
file(REMOVE_RECURSE ${WORK})
set(prefix ${WORK}/prefix)
function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${what} failed (${status}):\n${out}\n${err}")
  endif()
endfunction()
run("install" ${CMAKE_COMMAND} --install ${BUILD} --prefix ${prefix})
foreach(file bin/nianbao include/nianbao/check.hpp include/nianbao/version.hpp share/nianbao/grammar/gov2021.nbf
             share/man/man1/nianbao.1 share/bash-completion/completions/nianbao)
  if(NOT EXISTS ${prefix}/${file})
    message(FATAL_ERROR "the install has no ${file}")
  endif()
endforeach()
run("configuring the example" ${CMAKE_COMMAND} -S ${SOURCE}/tools/example -B ${WORK}/example
    -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_BUILD_TYPE=Release)
run("building the example" ${CMAKE_COMMAND} --build ${WORK}/example)
execute_process(COMMAND ${WORK}/example/check_report ${REPORT} WORKING_DIRECTORY ${SOURCE}
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(READ ${EXPECTED} expected)
if(NOT status EQUAL 1 OR NOT out STREQUAL expected)
  message(FATAL_ERROR "check_report exited ${status}\n--- actual:\n${out}${err}\n--- expected:\n${expected}")
endif()
file(REMOVE_RECURSE ${WORK})
