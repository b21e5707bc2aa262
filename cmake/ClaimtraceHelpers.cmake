# claimtrace_library(NAME SOURCES ... [DEPS ...] [PRIVATE_DEPS ...])
#   A static library for one pipeline stage, C++20, with the project's warning set.
# claimtrace_test(NAME SOURCES ... DEPS ...)
#   A GoogleTest executable registered with gtest_discover_tests (only when tests are on).
# claimtrace_benchmark(NAME SOURCES ... DEPS ...)
#   A Google Benchmark executable (only when benchmarks are on).

set(CLAIMTRACE_WARNINGS -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)

function(claimtrace_set_common target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF)
  target_compile_options(${target} PRIVATE ${CLAIMTRACE_WARNINGS})
  target_compile_definitions(${target} PRIVATE
    CLAIMTRACE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endfunction()

function(claimtrace_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  claimtrace_set_common(${name})
  target_include_directories(${name}
    PUBLIC ${PROJECT_SOURCE_DIR}/include
    PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PUBLIC ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
endfunction()

function(claimtrace_test name)
  if(NOT CLAIMTRACE_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  claimtrace_set_common(${name})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gmock GTest::gtest_main)
  gtest_discover_tests(${name}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    PROPERTIES ENVIRONMENT "CLAIMTRACE_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    DISCOVERY_TIMEOUT 60)
endfunction()

function(claimtrace_benchmark name)
  if(NOT CLAIMTRACE_BUILD_BENCHMARKS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  claimtrace_set_common(${name})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} benchmark::benchmark)
endfunction()
