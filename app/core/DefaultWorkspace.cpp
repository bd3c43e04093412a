#include "DefaultWorkspace.h"

#include <QCoreApplication>

namespace dozor {

namespace {
struct DefaultWorkspaceText {
    Q_DECLARE_TR_FUNCTIONS(DefaultWorkspace)
};

int standardInterval(CheckType type)
{
    return type == CheckType::Disk || type == CheckType::Uptime ? 60 : 10;
}

QString standardIdWord(CheckType type)
{
    switch (type) {
    case CheckType::Cpu:
        return QStringLiteral("cpu");
    case CheckType::Load:
        return QStringLiteral("load");
    case CheckType::Memory:
        return QStringLiteral("memory");
    case CheckType::Disk:
        return QStringLiteral("disk");
    default:
        return QStringLiteral("uptime");
    }
}
} // namespace

QList<CheckType> standardHostCheckTypes()
{
    return {CheckType::Cpu, CheckType::Load, CheckType::Memory, CheckType::Disk, CheckType::Uptime};
}

QString standardHostCheckName(CheckType type)
{
    switch (type) {
    case CheckType::Cpu:
        return DefaultWorkspaceText::tr("CPU");
    case CheckType::Load:
        return DefaultWorkspaceText::tr("Load");
    case CheckType::Memory:
        return DefaultWorkspaceText::tr("Memory");
    case CheckType::Disk:
        return DefaultWorkspaceText::tr("Disks");
    default:
        return DefaultWorkspaceText::tr("Uptime");
    }
}

QList<CheckSpec> standardHostChecks(const QString &targetId, const QString &idPrefix,
    const QStringList &taken, const QList<CheckType> &which)
{
    QList<CheckSpec> checks;
    QStringList used = taken;
    for (const CheckType type : standardHostCheckTypes()) {
        if (!which.isEmpty() && !which.contains(type))
            continue;
        CheckSpec c;
        const QString base = idPrefix.isEmpty()
            ? standardIdWord(type)
            : idPrefix + QLatin1Char('-') + standardIdWord(type);
        c.id = base;
        for (int n = 2; used.contains(c.id); ++n)
            c.id = base + QLatin1Char('-') + QString::number(n);
        used.append(c.id);
        c.targetId = targetId;
        c.name = standardHostCheckName(type);
        c.type = type;
        c.intervalSec = standardInterval(type);
        c.timeoutSec = 10;
        checks.append(c);
    }
    return checks;
}

QList<CheckSpec> standardHostChecksFor(const QList<Target> &targets, const QStringList &taken)
{
    QList<CheckSpec> checks;
    QStringList used = taken;
    for (const Target &t : targets) {
        const QList<CheckSpec> more = standardHostChecks(t.id, t.id, used);
        for (const CheckSpec &c : more)
            used.append(c.id);
        checks.append(more);
    }
    return checks;
}

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
    w.checks = standardHostChecks(local.id, QString(), {});
    return w;
}

} // namespace dozor
