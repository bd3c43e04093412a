#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace dozor {

// One step of a deploy recipe (the workspace's own, run on the server in the new release's
// folder for a static site or an app, in the recipe's path for a generic recipe).
struct DeployStep {
    enum class OnFailure { Stop, RollBack, Continue };

    QString name;
    QStringList command; // argv: every word quoted with ShellQuote on the server
    int timeoutSec = 600;
    OnFailure onFailure = OnFailure::Stop;
    bool safeToCancel = true;

    bool operator==(const DeployStep &) const = default;
};

// One request of a recipe's smoke test, run after the deploy in order: "{name}" in the URL,
// a header or the body is a value an earlier answer gave (take: name → the field of the JSON
// answer, "data.token"). Passes when the status is expectStatus and the body holds expect.
struct SmokeRequest {
    QString name;
    QString method = QStringLiteral("GET");
    QString url;
    QList<QPair<QString, QString>> headers;
    QString body;
    int expectStatus = 200;
    QString expect;
    QList<QPair<QString, QString>> take;

    bool operator==(const SmokeRequest &) const = default;
};

// A deploy recipe (the workspace's "deploy" array): what a Deploy button does on a server.
// Static and app recipes keep releases in PATH/releases/STAMP with PATH/current the link to
// the live one; a generic recipe is its steps only.
struct DeployRecipe {
    enum class Kind { Static, App, Generic };

    QString id;
    QString targetId;
    Kind kind = Kind::Generic;
    QString path; // on the server: releases/, current (static, app); the steps' folder (generic)
    int keep = 5; // releases kept (the live one and the one before it always are)
    QString owner; // static: who owns the release ("www-data"); chown -R
    QString group;
    QString fileMode = QStringLiteral("0644"); // static: every file's mode
    QString dirMode = QStringLiteral("0755"); // … every folder's
    // static: the build command run here (sh -c, in project) and the folder it fills (from,
    // under project unless absolute). project: this computer's folder (default: the
    // workspace file's).
    QString build;
    QString project;
    QString from;
    // app: the git repository (default: the live release's origin), the ref deployed by
    // default, the virtualenv (default PATH/venv) and the systemd unit restarted.
    QString repository;
    QString ref;
    QString venv;
    QString unit;
    // Without systemd: the command that restarts the service (argv), instead of unit.
    QStringList restartCommand;
    QString backup; // the backup source backed up first (app: before the migrations)
    QList<DeployStep> steps; // generic: the recipe; static, app: run in the new release
    QList<SmokeRequest> smoke;
    int postCheckTimeoutSec = 60; // how long the checks after may take to pass

    bool usesReleases() const { return kind != Kind::Generic; }
    bool operator==(const DeployRecipe &) const = default;
};

QString deployKindName(DeployRecipe::Kind kind);
std::optional<DeployRecipe::Kind> deployKindFromName(const QString &name);
QString deployOnFailureName(DeployStep::OnFailure onFailure);
std::optional<DeployStep::OnFailure> deployOnFailureFromName(const QString &name);

} // namespace dozor
