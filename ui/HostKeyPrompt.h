#pragma once

#include "remote/SshTypes.h"

#include <functional>
#include <optional>

class QWidget;

namespace dozor {

// Asks whether to trust a server's host key that nobody has accepted yet: shows the key type
// and SHA256 fingerprint and how to compare them with the server's. Window-modal, answered
// through done; never a nested event loop. A changed key never comes here: it is refused.
class HostKeyPrompt {
public:
    static void ask(QWidget *parent, const QString &serverName, const HostKeyInfo &key,
        std::function<void(bool trusted)> done);
    // Test hook: the next ask() answers this at once instead of showing the question.
    static void setNextAnswer(std::optional<bool> answer);
};

} // namespace dozor
