// Composition root. Without a command (or with the desktop app's own options) dozor opens
// the desktop app; every command runs headless on the same engine. A build without the GUI
// (-DDOZOR_GUI=OFF) runs `dozor watch` when no command is given.
#include "cli/CliApplication.h"

#ifdef DOZOR_HAVE_GUI
#include "GuiApplication.h"
#endif

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

int main(int argc, char **argv)
{
#ifdef Q_OS_UNIX
    // A server that drops its TCP connection while a libssh or HTTP write is under way must
    // be an error on that connection, not SIGPIPE killing the whole process.
    std::signal(SIGPIPE, SIG_IGN);
#endif
#ifdef DOZOR_HAVE_GUI
    if (dozor::wantsGui(argc, argv))
        return dozor::runGui(argc, argv);
#endif
    return dozor::runCli(argc, argv);
}
