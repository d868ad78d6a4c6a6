# What `cmake --install` puts where (GNU layout), the CMake package that find_package(nianbao)
# reads, and the Debian package cpack makes of it all. Included from the top CMakeLists.txt.
include(CMakePackageConfigHelpers)

set(nianbao_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/nianbao)
get_property(nianbao_stage_targets GLOBAL PROPERTY nianbao_stages)

install(TARGETS nianbao_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
# Where the command looks for it, relative to itself (NIANBAO_MODULE_DIR_FROM_PROGRAM).
install(TARGETS nianbao_poppler LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/nianbao COMPONENT runtime)
# The stage libraries are static: one archive per stage, linked as nianbao::nianbao brings them.
install(TARGETS nianbao ${nianbao_stage_targets} EXPORT nianbaoTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development)
install(DIRECTORY include/nianbao DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT development)
install(FILES ${nianbao_generated_include}/nianbao/version.hpp DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/nianbao
        COMPONENT development)
install(EXPORT nianbaoTargets NAMESPACE nianbao:: DESTINATION ${nianbao_cmake_dir} COMPONENT development)
configure_package_config_file(tools/packaging/nianbaoConfig.cmake.in
                              ${CMAKE_CURRENT_BINARY_DIR}/nianbaoConfig.cmake INSTALL_DESTINATION ${nianbao_cmake_dir})
# 0.x: a minor version may change the library's calls, so only the same minor version will do.
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/nianbaoConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/nianbaoConfig.cmake ${CMAKE_CURRENT_BINARY_DIR}/nianbaoConfigVersion.cmake
        DESTINATION ${nianbao_cmake_dir} COMPONENT development)

# The built-in editions, for reading and copying (the program keeps its embedded copy), and the docs.
install(FILES ${edition_files} DESTINATION ${CMAKE_INSTALL_DATADIR}/nianbao/grammar COMPONENT runtime)
file(GLOB nianbao_docs CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES README.md ${nianbao_docs} DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT runtime)
install(FILES tools/packaging/nianbao.bash-completion DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME nianbao COMPONENT runtime)

# The man page, made by help2man from the program's own --help: the page cannot drift from the
# options. Without help2man there is no page (and cpack refuses, below).
find_program(HELP2MAN help2man)
if(HELP2MAN)
  set(nianbao_man ${CMAKE_CURRENT_BINARY_DIR}/nianbao.1)
  add_custom_command(OUTPUT ${nianbao_man}
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:nianbao_cli> -DVERSION=${PROJECT_VERSION} -DHELP2MAN=${HELP2MAN}
            -DSECTIONS=${PROJECT_SOURCE_DIR}/tools/packaging/nianbao.h2m -DOUTPUT=${nianbao_man}
            -P ${PROJECT_SOURCE_DIR}/tools/packaging/man-page.cmake
    DEPENDS nianbao_cli ${PROJECT_SOURCE_DIR}/tools/packaging/nianbao.h2m
            ${PROJECT_SOURCE_DIR}/tools/packaging/man-page.cmake
    COMMENT "Writing the man page nianbao(1) from --help" VERBATIM)
  add_custom_target(nianbao_man_page ALL DEPENDS ${nianbao_man})
  install(FILES ${nianbao_man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT runtime)
else()
  message(STATUS "help2man not found: no man page (Debian: help2man)")
endif()

# `cpack -G DEB`: two packages, as Debian splits a tool from its library. `nianbao` has the
# command, its PDF module, man page, completion, editions and docs, and depends on the run-time
# libraries dpkg-shlibdeps finds them linking (Gumbo, SQLite, OpenSSL, poppler, libstdc++);
# `libnianbao-dev` has the static libraries, headers and CMake package, and depends on the -dev
# packages its headers and archives need.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME nianbao)
set(CPACK_PACKAGE_VENDOR nianbao)
set(CPACK_PACKAGE_CONTACT "nianbao maintainers <nianbao@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "parser and strict checker of government information-disclosure annual reports")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime development)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME nianbao)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SHLIBDEPS ON)
# CPack writes the summary as each package's synopsis, and these under it.
set(CPACK_DEBIAN_RUNTIME_DESCRIPTION
    "nianbao reads China's government information-disclosure annual reports (text\n\
layouts, web pages, Word files, Markdown and PDF), binds their tables to the State Council's format\n\
editions and checks every invariant the editions declare with exact decimal\n\
arithmetic; it keeps corpora in an embedded store and generates reports for\n\
fuzz testing.")
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_NAME libnianbao-dev)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS
    "nianbao (= ${PROJECT_VERSION}), tao-pegtl-dev (>= 3.2), libboost-dev (>= 1.74), nlohmann-json3-dev, \
libgumbo-dev, libzip-dev, libpugixml-dev, libpoppler-cpp-dev, libpoppler-dev, libsqlite3-dev, libssl-dev, pkg-config")
set(CPACK_DEBIAN_DEVELOPMENT_DESCRIPTION
    "The C++ library of the nianbao command: static libraries, headers and the\n\
CMake package (find_package(nianbao)) to parse, bind and check government\n\
information-disclosure annual reports from C++ programs.")
include(CPack)
