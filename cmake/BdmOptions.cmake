# One INTERFACE target carries the language level, warnings and strict Qt defines;
# every target of the project links it, so policy lives in one place.
add_library(bdm_options INTERFACE)
target_compile_features(bdm_options INTERFACE cxx_std_20)
target_compile_definitions(bdm_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    BDM_VERSION="${PROJECT_VERSION}")
target_compile_options(bdm_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)
if(BDM_WERROR OR CMAKE_BUILD_TYPE STREQUAL "Debug")
    target_compile_options(bdm_options INTERFACE -Werror)
endif()
if(BDM_SANITIZE)
    target_compile_options(bdm_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
    target_link_options(bdm_options INTERFACE -fsanitize=address,undefined)
endif()
