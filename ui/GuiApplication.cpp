#include "GuiApplication.h"

#include "Appearance.h"
#include "BrokenWorkspaceDialog.h"
#include "DesktopSession.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "SingleInstance.h"
#include "StatusStyle.h"
#include "TargetPage.h"
#include "UiSettings.h"
#include "core/AppPaths.h"
#include "core/ExitCode.h"
#include "core/StopSignals.h"
#include "core/Translations.h"
#include "core/WorkspaceFile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>

#include <cstdio>
#include <cstring>

Q_LOGGING_CATEGORY(lcUi, "dozor.ui", QtWarningMsg)

namespace dozor {

namespace {
bool isGuiOption(const char *arg)
{
    // The app's own options, and Qt's (QApplication takes those out before parsing).
    for (const char *option : {"--workspace", "--page", "--hidden", "-style", "-platform",
             "-stylesheet", "-reverse", "-qwindowgeometry", "-qwindowtitle", "-display",
             "-geometry", "-platformtheme", "-plugin", "-widgetcount"}) {
        const size_t n = std::strlen(option);
        if (std::strncmp(arg, option, n) == 0 && (arg[n] == '\0' || arg[n] == '='))
            return true;
        // Qt takes its options with one dash or two.
        if (option[1] != '-' && arg[0] == '-' && arg[1] == '-'
            && std::strncmp(arg + 1, option, n) == 0 && (arg[n + 1] == '\0' || arg[n + 1] == '='))
            return true;
    }
    return false;
}
} // namespace

bool wantsGui(int argc, char **argv)
{
    if (argc < 2)
        return true;
    return std::strcmp(argv[1], "gui") == 0 || isGuiOption(argv[1]);
}

int runGui(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dozor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Dozor"));
    QApplication::setApplicationVersion(QStringLiteral(DOZOR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("app.dozor.Dozor"));
    QApplication::setWindowIcon(StatusStyle::appIcon(std::nullopt));
    // The tray keeps Dozor alive when the window is closed; quitting is explicit.
    QApplication::setQuitOnLastWindowClosed(false);

    const UiSettings uiSettings;
    Translations::install(&app, uiSettings.language());
    Appearance::apply(uiSettings.appearance());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Gui", "Dozor desktop app"));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
        QApplication::translate("Gui", "Open this workspace file instead of the default one."),
        QStringLiteral("FILE"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QApplication::translate("Gui", "Start on this page: overview, journal or target:ID."),
        QStringLiteral("PAGE"));
    const QCommandLineOption hiddenOption(QStringLiteral("hidden"),
        QApplication::translate("Gui", "Start in the tray without showing the window."));
    parser.addOptions({workspaceOption, pageOption, hiddenOption});
    QStringList args = QApplication::arguments();
    if (args.size() > 1 && args.at(1) == QLatin1String("gui"))
        args.removeAt(1);
    parser.process(args);

    const QString path = parser.isSet(workspaceOption) ? parser.value(workspaceOption)
                                                       : AppPaths::defaultWorkspaceFile();
    // One app per workspace: a second launch brings the first one forward and ends.
    SingleInstance instance(path);
    switch (instance.claim(parser.value(pageOption), parser.isSet(hiddenOption))) {
    case SingleInstance::Claim::HandedOver:
        qCInfo(lcUi, "Dozor already runs for %s: brought it forward", qPrintable(path));
        return ExitOk;
    case SingleInstance::Claim::HeldByOther: {
        const QString holder = instance.holder();
        const QString text = QApplication::translate("Gui",
            "The workspace %1 is already being watched by %2. Dozor watches a workspace "
            "once at a time: stop that one first, or open another workspace with "
            "--workspace FILE.")
                                 .arg(path, holder.isEmpty() ? instance.lockPath() : holder);
        std::fprintf(stderr, "dozor: %s\n", qUtf8Printable(text));
        QMessageBox box(QMessageBox::Warning, QApplication::translate("Gui", "Dozor"), text,
            QMessageBox::Close);
        box.exec();
        return ExitFailure;
    }
    case SingleInstance::Claim::Claimed:
        break;
    }
    WorkspaceParse loaded =
        parser.isSet(workspaceOption) ? loadWorkspaceFile(path) : loadOrCreateWorkspace(path);
    while (!loaded.ok()) {
        // The problems in the window, with the ways out; nothing is started until the file
        // can be used.
        BrokenWorkspaceDialog broken(path, loaded.diagnostics, loaded.workspace);
        const int choice = broken.exec();
        if (choice == BrokenWorkspaceDialog::Quit)
            return ExitUsage;
        if (choice == BrokenWorkspaceDialog::StartNew && QFileInfo::exists(path)) {
            const auto kept = moveAsideBrokenWorkspace(path);
            if (!kept) {
                QMessageBox::warning(
                    nullptr, QApplication::translate("Gui", "Dozor"), kept.error());
                continue;
            }
            qCInfo(lcUi, "the broken workspace was kept as %s", qPrintable(*kept));
        }
        loaded = choice == BrokenWorkspaceDialog::StartNew ? loadOrCreateWorkspace(path)
                                                           : loadWorkspaceFile(path);
    }

    // Hand-overs from later launches only once there is a window to bring forward.
    instance.listen();
    DesktopSession session(loaded.workspace, path);
    QObject::connect(
        session.window()->overviewPage(), &OverviewPage::firstPainted, &app, [&sinceStart] {
            qCInfo(lcUi, "first overview paint after %lld ms", sinceStart.elapsed());
        });
    // Every way out (menu, tray, SIGTERM/SIGINT) goes through here: the window must not
    // treat Qt's closing of windows on quit() as "close to tray".
    const auto quit = [&session] {
        session.window()->setQuitting();
        QApplication::quit();
    };
    QObject::connect(session.window()->targetPage(), &TargetPage::chartsUpdated, &app,
        [page = session.window()->targetPage()] {
            qCInfo(lcUi, "charts shown: %lld", static_cast<long long>(page->charts().size()));
        });
    QObject::connect(&session, &DesktopSession::quitRequested, &app, quit);
    StopSignals stopSignals; // stop cleanly so the last results are written
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &app, quit);
    QObject::connect(&instance, &SingleInstance::activationRequested, &session,
        [&session](const QString &page, bool hidden) {
            if (hidden)
                return; // an autostart while running: nothing to show
            if (!page.isEmpty())
                session.window()->showPage(page);
            session.window()->bringToFront();
        });
    session.start(parser.value(pageOption), parser.isSet(hiddenOption));
    const int code = QApplication::exec();
    session.shutdown();
    return code;
}

} // namespace dozor
