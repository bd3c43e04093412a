# One settings target that every Dozor target links: language level, Qt strictness,
# warnings and sanitizers live here and nowhere else.
add_library(dozor_settings INTERFACE)
target_compile_features(dozor_settings INTERFACE cxx_std_20)
target_compile_definitions(dozor_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    DOZOR_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(dozor_settings INTERFACE -Wall -Wextra -Wpedantic)
    if(DEFINED ENV{CI})
        target_compile_options(dozor_settings INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(dozor_settings INTERFACE /W4 /utf-8)
    if(DEFINED ENV{CI})
        target_compile_options(dozor_settings INTERFACE /WX)
    endif()
endif()

if(DOZOR_SANITIZE)
    if(MSVC)
        target_compile_options(dozor_settings INTERFACE /fsanitize=address)
    else()
        target_compile_options(dozor_settings INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(dozor_settings INTERFACE -fsanitize=address,undefined)
    endif()
endif()

if(DOZOR_TSAN)
    target_compile_options(dozor_settings INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(dozor_settings INTERFACE -fsanitize=thread)
endif()

# Fuzzing (clang): everything gets coverage instrumentation and ASan/UBSan; only the
# harnesses link libFuzzer's main.
if(DOZOR_FUZZ)
    target_compile_options(dozor_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(dozor_settings INTERFACE -fsanitize=address,undefined)
endif()
