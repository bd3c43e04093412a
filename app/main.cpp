// Composition root. Every command runs headless on the same engine the tests drive.
// Until the desktop GUI lands, starting dozor without a command runs `dozor watch` on the
// default workspace.
#include "cli/CliApplication.h"

int main(int argc, char **argv)
{
    return dozor::runCli(argc, argv);
}
