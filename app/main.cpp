// Composition root. Without a command (or with the desktop app's own options) dozor opens
// the desktop app; every command runs headless on the same engine. A build without the GUI
// (-DDOZOR_GUI=OFF) runs `dozor watch` when no command is given.
#include "cli/CliApplication.h"

#ifdef DOZOR_HAVE_GUI
#include "GuiApplication.h"
#endif

int main(int argc, char **argv)
{
#ifdef DOZOR_HAVE_GUI
    if (dozor::wantsGui(argc, argv))
        return dozor::runGui(argc, argv);
#endif
    return dozor::runCli(argc, argv);
}
