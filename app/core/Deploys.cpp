#include "Deploys.h"

#include "EnumNames.h"

namespace dozor {

namespace {
const std::pair<DeployRecipe::Kind, const char *> kindNames[] = {
    {DeployRecipe::Kind::Static, "static"},
    {DeployRecipe::Kind::App, "app"},
    {DeployRecipe::Kind::Generic, "generic"},
};
const std::pair<DeployStep::OnFailure, const char *> onFailureNames[] = {
    {DeployStep::OnFailure::Stop, "stop"},
    {DeployStep::OnFailure::RollBack, "roll_back"},
    {DeployStep::OnFailure::Continue, "continue"},
};
} // namespace

QString deployKindName(DeployRecipe::Kind kind)
{
    return enumName(kindNames, kind);
}

std::optional<DeployRecipe::Kind> deployKindFromName(const QString &name)
{
    return enumFromName(kindNames, name);
}

QString deployOnFailureName(DeployStep::OnFailure onFailure)
{
    return enumName(onFailureNames, onFailure);
}

std::optional<DeployStep::OnFailure> deployOnFailureFromName(const QString &name)
{
    return enumFromName(onFailureNames, name);
}

} // namespace dozor
