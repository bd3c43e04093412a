#include "Alerting.h"

#include "EnumNames.h"

namespace dozor {

namespace {

const std::pair<AlertLevel, const char *> levelNames[] = {
    {AlertLevel::Info, "info"},
    {AlertLevel::Warning, "warning"},
    {AlertLevel::Critical, "critical"},
};
const std::pair<ChannelType, const char *> channelNames[] = {
    {ChannelType::Tray, "tray"},
    {ChannelType::Telegram, "telegram"},
    {ChannelType::Webhook, "webhook"},
};
const std::pair<Remediation::Action, const char *> actionNames[] = {
    {Remediation::Action::None, "none"},
    {Remediation::Action::RestartUnit, "restart_unit"},
    {Remediation::Action::FixPath, "fix_path"},
    {Remediation::Action::Command, "command"},
};

} // namespace

QString alertLevelName(AlertLevel level)
{
    return enumName(levelNames, level);
}

std::optional<AlertLevel> alertLevelFromName(const QString &name)
{
    return enumFromName(levelNames, name);
}

QString channelTypeName(ChannelType type)
{
    return enumName(channelNames, type);
}

std::optional<ChannelType> channelTypeFromName(const QString &name)
{
    return enumFromName(channelNames, name);
}

QString remediationActionName(Remediation::Action action)
{
    return enumName(actionNames, action);
}

std::optional<Remediation::Action> remediationActionFromName(const QString &name)
{
    return enumFromName(actionNames, name);
}

const AlertChannel *AlertSettings::channel(const QString &id) const
{
    for (const AlertChannel &c : channels) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace dozor
