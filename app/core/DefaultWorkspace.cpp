#include "DefaultWorkspace.h"

#include <QCoreApplication>

namespace dozor {

namespace {
struct DefaultWorkspaceText {
    Q_DECLARE_TR_FUNCTIONS(DefaultWorkspace)
};

CheckSpec localCheck(const QString &id, CheckType type, int intervalSec, const QString &name)
{
    CheckSpec c;
    c.id = id;
    c.targetId = QStringLiteral("this-computer");
    c.name = name;
    c.type = type;
    c.intervalSec = intervalSec;
    c.timeoutSec = 10;
    return c;
}
} // namespace

Workspace defaultWorkspace()
{
    Workspace w;
    w.name = DefaultWorkspaceText::tr("My servers");
    Target local;
    local.id = QStringLiteral("this-computer");
    local.name = DefaultWorkspaceText::tr("This computer");
    local.local = true;
    local.tags = {QStringLiteral("local")};
    w.targets.append(local);
    w.checks = {
        localCheck(QStringLiteral("cpu"), CheckType::Cpu, 10, DefaultWorkspaceText::tr("CPU")),
        localCheck(QStringLiteral("load"), CheckType::Load, 10, DefaultWorkspaceText::tr("Load")),
        localCheck(
            QStringLiteral("memory"), CheckType::Memory, 10, DefaultWorkspaceText::tr("Memory")),
        localCheck(QStringLiteral("disk"), CheckType::Disk, 60, DefaultWorkspaceText::tr("Disks")),
        localCheck(
            QStringLiteral("uptime"), CheckType::Uptime, 60, DefaultWorkspaceText::tr("Uptime")),
    };
    return w;
}

} // namespace dozor
