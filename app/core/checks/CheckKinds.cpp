#include "CheckKind.h"

// The table of check kinds. A new type of check is one file beside this one (its CheckKind)
// plus its line here, its CheckType value and, when it has settings, their struct in
// CheckSpec.
namespace dozor {

const CheckKind &httpCheckKind();
const CheckKind &cpuCheckKind();
const CheckKind &loadCheckKind();
const CheckKind &memoryCheckKind();
const CheckKind &diskCheckKind();
const CheckKind &uptimeCheckKind();
const CheckKind &serviceCheckKind();
const CheckKind &processCheckKind();
const CheckKind &pathCheckKind();
const CheckKind &logCheckKind();
const CheckKind &commandCheckKind();
const CheckKind &backupCheckKind();

const QList<const CheckKind *> &checkKinds()
{
    static const QList<const CheckKind *> kinds = [] {
        const QList<const CheckKind *> all = {&httpCheckKind(), &cpuCheckKind(), &loadCheckKind(),
            &memoryCheckKind(), &diskCheckKind(), &uptimeCheckKind(), &serviceCheckKind(),
            &processCheckKind(), &pathCheckKind(), &logCheckKind(), &commandCheckKind(),
            &backupCheckKind()};
        // The enum's order: checkKind() indexes the list by type.
        for (qsizetype i = 0; i < all.size(); ++i)
            Q_ASSERT(static_cast<qsizetype>(all.at(i)->type) == i);
        return all;
    }();
    return kinds;
}

const CheckKind &checkKind(CheckType type)
{
    const auto &kinds = checkKinds();
    const auto index = static_cast<qsizetype>(type);
    Q_ASSERT(index >= 0 && index < kinds.size());
    return *kinds.at(std::clamp<qsizetype>(index, 0, kinds.size() - 1));
}

Thresholds CheckKind::limits(const CheckSpec &spec) const
{
    if (!hasThresholds())
        return {};
    return {spec.warn ? spec.warn : defaultWarn, spec.crit ? spec.crit : defaultCrit};
}

QString checkTypeName(CheckType type)
{
    return QString::fromLatin1(checkKind(type).name);
}

std::optional<CheckType> checkTypeFromName(const QString &name)
{
    for (const CheckKind *kind : checkKinds()) {
        if (name == QLatin1String(kind->name))
            return kind->type;
    }
    return std::nullopt;
}

bool isResourceCheck(CheckType type)
{
    return checkKind(type).runner == CheckRunner::HostProbe;
}

bool isHostCheck(CheckType type)
{
    return checkKind(type).runsOnHost();
}

bool hasThresholds(CheckType type)
{
    return checkKind(type).hasThresholds();
}

namespace defaults {
double warnFor(CheckType type)
{
    return checkKind(type).defaultWarn.value_or(0);
}

std::optional<double> critFor(CheckType type)
{
    return checkKind(type).defaultCrit;
}
} // namespace defaults

} // namespace dozor
