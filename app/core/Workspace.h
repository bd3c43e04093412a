#pragma once

#include "Alerting.h"
#include "Backups.h"
#include "Deploys.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace dozor {

// What a check measures. Everything about each type (settings, how it runs, how it is
// judged and shown) is its CheckKind in core/checks/; the values are in the table's order.
enum class CheckType {
    Http,
    Cpu,
    Load,
    Memory,
    Disk,
    Uptime,
    Service,
    Process,
    Path,
    Log,
    Command,
    Backup
};

// Shorthands for what the type's CheckKind says (core/checks/CheckKinds.cpp).
QString checkTypeName(CheckType type);
std::optional<CheckType> checkTypeFromName(const QString &name);
// Read from the host probe's own sections (/proc, df): cpu, load, memory, disk, uptime.
bool isResourceCheck(CheckType type);
// It needs a host to run on (this computer or an SSH server): every type but http.
bool isHostCheck(CheckType type);
// Judged by warn/crit thresholds on a number; the others are OK or critical by their own rules.
bool hasThresholds(CheckType type);

// How Dozor logs in to a server. Secrets (a key's passphrase, a password) are never part of
// a workspace; they live in the OS keychain under an id made from the workspace and target.
enum class SshAuthMethod { Agent, KeyFile, Password };

QString sshAuthMethodName(SshAuthMethod method);
std::optional<SshAuthMethod> sshAuthMethodFromName(const QString &name);

// Where an SSH target lives and how to log in.
// A jump host (OpenSSH's ProxyJump) on the way to a server: its own login (ssh-agent, or a
// key file without a passphrase) and its own host-key check.
struct SshJump {
    QString host;
    int port = 22;
    QString user; // empty: the local user name
    QString keyFile; // empty: ssh-agent; "~/" is the home folder

    QString keyFilePath() const;
    QString address() const; // "me@bastion.example:2222"

    bool operator==(const SshJump &) const = default;
};

struct SshEndpoint {
    QString host;
    int port = 22;
    QString user; // empty: the local user name
    SshAuthMethod auth = SshAuthMethod::Agent;
    QString keyFile; // KeyFile: the private key; "~/" is the home folder
    bool hasPassphrase = false; // KeyFile: a passphrase is stored in the keychain
    QList<SshJump> jump; // passed through in order before this server; empty: direct

    // keyFile with a leading "~/" replaced by the home folder.
    QString keyFilePath() const;
    // "deploy@web1.example:2222" (user and a port other than 22 only when set).
    QString address() const;
    // address(), and the jump hosts on the way: "web1 via me@bastion, gw".
    QString route() const;
    // How Dozor logs in, in words: "ssh-agent", "key ~/.ssh/id_ed25519", "password".
    QString loginSummary() const;

    bool operator==(const SshEndpoint &) const = default;
};

struct Target {
    QString id;
    QString name;
    bool local = false; // this computer, probed with a local shell
    std::optional<SshEndpoint> ssh;
    QStringList tags;

    QString displayName() const { return name.isEmpty() ? id : name; }

    bool operator==(const Target &) const = default;
};

struct HttpSpec {
    QUrl url;
    QByteArray method = QByteArrayLiteral("GET");
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<int> expectStatus; // empty: any 2xx
    bool followRedirects = false;
    QString keyword; // must appear in the body
    QString keywordAbsent; // must not appear in the body
    qint64 maxBodyBytes = qint64 {1024} * 1024;
    QString caFile; // extra trusted CA certificates (PEM)
    int tlsWarnDays = 30;
    int tlsCritDays = 14;

    bool operator==(const HttpSpec &) const = default;
};

// systemd units that must be in one of the allowed states (default: active).
struct ServiceSpec {
    QStringList units;
    QStringList allowedStates;

    bool operator==(const ServiceSpec &) const = default;
};

// How many processes match: by exact name (comm) or a regular expression on the command line.
struct ProcessSpec {
    QString name;
    QString pattern;
    int min = 1;
    std::optional<int> max;

    bool operator==(const ProcessSpec &) const = default;
};

// Ownership and permissions of a path; readableBy names an account (e.g. www-data) that
// must be able to reach and read it: every parent directory searchable, the path readable.
struct PathSpec {
    QString path;
    QString owner;
    QString group;
    QString mode; // octal, e.g. "644" or "0755"; empty: any
    QString readableBy;

    bool operator==(const PathSpec &) const = default;
};

// Lines matching an extended regular expression (grep -E) added to a log file since the
// previous sample; warn/crit are matching lines per minute.
struct LogSpec {
    QString file;
    QString pattern;

    bool operator==(const LogSpec &) const = default;
};

// A command of the user's own, run by the account's shell; OK when it exits with
// expectExit and, if set, its output matches outputRegex.
struct CommandSpec {
    QString run;
    int expectExit = 0;
    QString outputRegex;

    bool operator==(const CommandSpec &) const = default;
};

// Freshness of a backup source's newest backup (a "backup" check): CRIT when it is older
// than maxAgeHours or its last verification failed, WARN when it is much smaller than the
// usual (an empty folder backed up) or the backup volume fills within spaceWarnDays.
struct BackupCheckSpec {
    QString source;
    int maxAgeHours = 26;
    int minSizePct = 50; // of the median of the 7 before it; 0: not checked
    int spaceWarnDays = 14; // 0: not checked

    bool operator==(const BackupCheckSpec &) const = default;
};

// One check as the user configured it. warn/crit mean, by type:
//   http: response time in ms; cpu, memory, disk: percent used; load: load per core;
//   uptime: warn when the uptime in seconds is below warn (a recent reboot), crit unused;
//   log: matching lines per minute; service, process, path, command: unused.
struct CheckSpec {
    QString id;
    QString targetId;
    QString name;
    CheckType type = CheckType::Http;
    int intervalSec = 60;
    int timeoutSec = 10;
    std::optional<double> warn;
    std::optional<double> crit;
    std::optional<double> inodesWarn; // disk only, percent
    std::optional<double> inodesCrit;
    QStringList mounts; // disk only; empty: every real filesystem
    HttpSpec http;
    ServiceSpec service;
    ProcessSpec process;
    PathSpec path;
    LogSpec log;
    CommandSpec command;
    BackupCheckSpec backup;
    // Incident thresholds of this check; unset: the workspace's alert policy.
    std::optional<int> failThreshold;
    std::optional<int> recoverThreshold;
    // After a failed run, until an incident opens (or a run passes), the check runs again
    // this soon instead of at its interval; unset: the smaller of the interval and 10 s.
    std::optional<int> retryIntervalSec;
    QStringList tags; // for alert routing, with its target's tags
    Remediation remediation;

    QString displayName() const { return name.isEmpty() ? id : name; }
    static constexpr int defaultRetrySec = 10;
    int retrySec() const
    {
        return std::min(intervalSec, retryIntervalSec.value_or(defaultRetrySec));
    }

    bool operator==(const CheckSpec &) const = default;
};

struct StoreSettings {
    int rawRetentionDays = 7;
    int minuteRetentionDays = 90;
};

struct Workspace {
    static constexpr int SchemaVersion = 1;

    QString name;
    QList<Target> targets;
    QList<CheckSpec> checks;
    StoreSettings store;
    AlertSettings alerts;
    QList<MaintenanceWindow> maintenance;
    QList<BackupSource> backups;
    QList<DeployRecipe> deploys; // "deploy"

    const Target *target(const QString &id) const;
    const BackupSource *backup(const QString &id) const;
    const DeployRecipe *deploy(const QString &targetId, const QString &id) const;
    const CheckSpec *check(const QString &id) const;
    // The check's thresholds where it sets them, the workspace's policy otherwise.
    IncidentPolicy policyFor(const CheckSpec &check) const;
    // The check's own tags and its target's.
    QStringList tagsOf(const CheckSpec &check) const;
    // The check exists in both and neither it nor its server changed (an edit left it alone).
    bool sameCheckAs(const Workspace &other, const QString &checkId) const;
};

// Defaults from the field: what admins already alert on.
namespace defaults {
inline constexpr double httpWarnMs = 1000;
inline constexpr double httpCritMs = 3000;
inline constexpr double cpuWarn = 90;
inline constexpr double cpuCrit = 98;
inline constexpr double loadWarn = 1.5;
inline constexpr double loadCrit = 3;
inline constexpr double memoryWarn = 85;
inline constexpr double memoryCrit = 95;
inline constexpr double diskWarn = 80;
inline constexpr double diskCrit = 90;
inline constexpr double uptimeWarnSec = 600;
inline constexpr double logWarnPerMin = 1;
inline constexpr double logCritPerMin = 10;
// The type's own defaults (its CheckKind); 0 / none for types without thresholds.
double warnFor(CheckType type);
std::optional<double> critFor(CheckType type);
} // namespace defaults

} // namespace dozor
