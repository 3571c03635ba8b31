# Helpers that give every Shahrvand target the same language level, warnings and
# Qt strictness, so no folder can quietly opt out.
include_guard(GLOBAL)

function(shahrvand_target_defaults target)
    target_compile_features(${target} PUBLIC cxx_std_20)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /utf-8 /permissive-)
        if(SHAHRVAND_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual
            -Wimplicit-fallthrough -Wcast-qual -Wformat=2)
        if(SHAHRVAND_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()

# shahrvand_add_library(<name> ALIAS <Alias> SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# Creates the static library shahrvand_<name> and the alias Shahrvand::<Alias>.
function(shahrvand_add_library name)
    cmake_parse_arguments(arg "" "ALIAS" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(shahrvand_${name} STATIC ${arg_SOURCES})
    add_library(Shahrvand::${arg_ALIAS} ALIAS shahrvand_${name})
    shahrvand_target_defaults(shahrvand_${name})
    # Library code must say which strings are text and which are bytes.
    target_compile_definitions(shahrvand_${name} PRIVATE QT_NO_CAST_FROM_ASCII)
    target_include_directories(shahrvand_${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(shahrvand_${name} PUBLIC ${arg_PUBLIC_LIBS} PRIVATE ${arg_PRIVATE_LIBS})
endfunction()

# shahrvand_add_test(<name> SOURCES ... [LIBS ...] [LABELS ...] [LAUNCHER command ...])
# A QtTest executable tst_<name>, registered with CTest. Widgets run on the offscreen
# platform; settings and data folders are redirected by the test-support library.
# LAUNCHER runs the test through a command that prepares its surroundings (for example
# a private D-Bus session with a keychain), with the test's path and arguments appended.
function(shahrvand_add_test name)
    cmake_parse_arguments(arg "" "TIMEOUT" "SOURCES;LIBS;LABELS;LAUNCHER" ${ARGN})
    add_executable(tst_${name} ${arg_SOURCES})
    shahrvand_target_defaults(tst_${name})
    target_link_libraries(tst_${name} PRIVATE Qt6::Test Shahrvand::TestSupport ${arg_LIBS})
    if(arg_LAUNCHER)
        add_test(NAME ${name} COMMAND ${arg_LAUNCHER} $<TARGET_FILE:tst_${name}>)
    else()
        add_test(NAME ${name} COMMAND tst_${name})
    endif()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${arg_LABELS}"
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;SHAHRVAND_TEST_ARTIFACTS=${CMAKE_BINARY_DIR}/test-artifacts")
endfunction()

# shahrvand_add_postgres_variant(<test name> <test target> LABELS ...)
# Runs an existing QtTest executable a second time against a throwaway PostgreSQL
# cluster from Debian's pg_virtualenv. As root, pg_virtualenv always names its cluster
# "regress" on port 5432 (even with -t, which keeps its files in a temporary folder), so
# two at once collide: the lock keeps these tests one at a time.
function(shahrvand_add_postgres_variant name target)
    cmake_parse_arguments(arg "" "" "LABELS" ${ARGN})
    if(NOT SHAHRVAND_PG_VIRTUALENV)
        return()
    endif()
    add_test(NAME ${name} COMMAND ${SHAHRVAND_PG_VIRTUALENV} -t $<TARGET_FILE:${target}>)
    set_tests_properties(${name} PROPERTIES
        LABELS "${arg_LABELS};postgres"
        TIMEOUT 600
        RESOURCE_LOCK pg_virtualenv
        ENVIRONMENT "SHAHRVAND_TEST_BACKEND=postgres;QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;SHAHRVAND_TEST_ARTIFACTS=${CMAKE_BINARY_DIR}/test-artifacts")
endfunction()
