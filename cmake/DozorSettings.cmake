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

# Precompiled Qt headers: the layers' sources spend about half their compile time parsing the
# same Qt headers. dozor_precompile(target) gives a library the precompiled Qt Core headers,
# built once for the engine (dozor_core's, reused: the layers compile with the same flags);
# dozor_precompile(target WIDGETS) builds a set of its own with the widget headers too.
set(DOZOR_PCH_CORE
    <algorithm> <functional> <memory> <optional>
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QLoggingCategory> <QObject>
    <QRegularExpression> <QSet> <QString> <QStringList> <QTimer> <QVariant>)
set(DOZOR_PCH_WIDGETS
    <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout> <QHBoxLayout> <QLabel> <QLineEdit>
    <QMessageBox> <QPushButton> <QVBoxLayout> <QWidget>)
function(dozor_precompile target)
    if("WIDGETS" IN_LIST ARGN)
        target_precompile_headers(${target} PRIVATE ${DOZOR_PCH_CORE} ${DOZOR_PCH_WIDGETS})
    elseif(target STREQUAL "dozor_core")
        target_precompile_headers(${target} PRIVATE ${DOZOR_PCH_CORE})
    else()
        target_precompile_headers(${target} REUSE_FROM dozor_core)
    endif()
endfunction()
