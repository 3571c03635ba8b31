# cmake -DCLANG_FORMAT=... -DSOURCE_DIR=... -P check-format.cmake
# Fails when any C++ file differs from what the checked-in .clang-format produces.
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/modules/*.cpp" "${SOURCE_DIR}/modules/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
execute_process(
    COMMAND "${CLANG_FORMAT}" --dry-run -Werror ${sources}
    RESULT_VARIABLE result
    ERROR_VARIABLE errors)
list(LENGTH sources count)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${errors}\nRun clang-format -i on the files above.")
endif()
message(STATUS "${count} files formatted as .clang-format says")
