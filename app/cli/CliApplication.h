#pragma once

namespace dozor {

// The headless entry point: `dozor <command> [options]`. Creates a QCoreApplication (never
// a QApplication), so every command runs without a display.
int runCli(int argc, char **argv);

} // namespace dozor
