#pragma once

#include "core/CheckResult.h"
#include "core/Diagnostic.h"
#include "core/HostSnapshot.h"
#include "core/Workspace.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace dozor {

class JsonObjectReader;
class FieldProblems;

// How a check of a kind is run.
enum class CheckRunner {
    Http, // a request from this computer (HttpProbe, evaluateHttp)
    HostProbe, // read from the host probe's own sections (/proc, df): evaluateSnapshot
    ProbeSection, // adds a section of its own to the same probe run: probeSection + evaluateSection
    OwnCommand, // runs a command of its own on the host: evaluateCommand
    Catalog, // lists a backup source on its server (the backup catalog): evaluateBackup
};

// What the backup catalog knows of a source when a "backup" check judges it.
struct BackupFacts {
    struct Backup {
        QString name;
        qint64 timeMs = 0;
        std::optional<qint64> size {};
        std::optional<bool> verified {};
        qint64 verifiedMs = 0;
        QString verifyReason {};
    };
    QList<Backup> newestFirst {};
    bool everListed = false;
    QString listingProblem {}; // the last listing failed or was partial: why
    std::optional<qint64> freeBytes {};
    std::optional<double> daysUntilFull {};
};

// What a check's section of the host probe hands the shell: every value must be quotable
// (the section is dropped with an error when one is not), and the body that prints its lines.
struct ProbeSection {
    QStringList values {};
    QByteArray body {};
    int commands = 1; // run one after the other, each under the check's time limit (dozor_t)
};

// What a command check's command did.
struct CommandOutcome {
    std::optional<int> exitStatus {};
    QByteArrayView out {};
    QByteArrayView err {};
    bool truncated = false;
    QString error {}; // the run did not complete (timeout, lost connection …)
};

struct Thresholds {
    std::optional<double> warn {};
    std::optional<double> crit {};
};

// One field of the check editor. The desktop app builds the widget from this; core code never
// sees a widget. Texts are marked with QT_TRANSLATE_NOOP("CheckKind", …) and translated where
// shown.
struct EditorField {
    enum class Kind {
        Text, // one line; get/set a QString
        List, // names separated by commas (and spaces, unless commasOnly); get/set a QStringList
        Integer, // get/set an int; hint is shown at min ("no limit")
        Decimal, // get/set a double
        Flag, // a tick box whose text is the label; get/set a bool
        Choice, // an editable list of choices; get/set a QString
        File, // a path with a Browse… button (fileFilter); get/set a QString
    };
    Kind kind = Kind::Text;
    const char *objectName = nullptr;
    const char *label = nullptr;
    const char *hint = nullptr; // placeholder text, or the text shown at min for numbers
    const char *fileFilter = nullptr; // File: the file dialog's filter
    const char *errorKey = nullptr; // where problems are reported, as in the JSON ("path.mode")
    double min = 0;
    double max = 0;
    int decimals = 0;
    bool commasOnly = false; // List: items may hold spaces (mount points)
    const char *suffix = nullptr;
    QStringList choices {};
    std::function<QVariant(const CheckSpec &)> get {};
    // Writes the value; a value that cannot be used gives a problem in words (field errorKey).
    std::function<QString(CheckSpec &, const QVariant &)> set {};
};

// How a metric a kind records is named on screen. A name ending in ':' is a prefix
// ("disk_used_pct:" + mount) and its label takes the rest as %1.
struct MetricLabel {
    const char *metric = nullptr;
    const char *label = nullptr; // QT_TRANSLATE_NOOP("CheckKind", …)
};

// Everything Dozor knows about one type of check, in one place: its name in the workspace,
// its settings (JSON, validation, editor), how it runs, how its output is judged, and how its
// values are shown. One file per kind under app/core/checks/, listed in CheckKinds.cpp.
struct CheckKind {
    CheckType type = CheckType::Http;
    const char *name = nullptr; // in the workspace file and on the command line: "http", "disk" …
    const char *title =
        nullptr; // in the editor: QT_TRANSLATE_NOOP("CheckKind", "Disk and inode use")
    CheckRunner runner = CheckRunner::Http;

    // Judged by warn/crit thresholds on a number: the defaults (unset: no threshold).
    std::optional<double> defaultWarn {};
    std::optional<double> defaultCrit {};
    bool percentLimits = false; // warn and crit are percentages (0–100)
    const char *limitSuffix = nullptr; // unit of warn/crit in the editor (" ms", " %")
    const char *limitTip = nullptr; // what warn means, for the editor's tooltip

    // Keys of the check's JSON object this kind owns besides the common ones ("http",
    // "mounts" …); on a check of another type they are reported as unused.
    QStringList settingKeys {};
    void (*readSettings)(JsonObjectReader &check, CheckSpec &spec) = nullptr;
    void (*writeSettings)(const CheckSpec &spec, QJsonObject &check) = nullptr;
    // Rules of this kind's own settings (the common ones are checked by WorkspaceValidator).
    void (*validate)(
        FieldProblems &problems, const CheckSpec &spec, const QString &baseDir) = nullptr;

    const char *editorTitle = nullptr; // a box around the editor fields, when set
    QList<EditorField> editorFields {};

    // HostProbe: the function of resources/probe.sh that prints what evaluateSnapshot reads
    // (a run calls only those its checks need), and the judgement of the snapshot. Pure: no
    // clock, no I/O.
    const char *probePart = nullptr;
    CheckResult (*evaluateSnapshot)(const CheckSpec &spec, const HostSnapshot &snapshot) = nullptr;
    // ProbeSection: the section, and the judgement of the lines it printed. previous is the
    // read position of the last sample (kinds with readPosition), next receives this one's.
    ProbeSection (*probeSection)(
        const CheckSpec &spec, const std::optional<LogCursor> &previous) = nullptr;
    CheckResult (*evaluateSection)(const CheckSpec &spec, const QList<QByteArray> &lines,
        const std::optional<LogCursor> &previous, qint64 nowMs,
        std::optional<LogCursor> *next) = nullptr;
    // OwnCommand: the command, and the judgement of what it did.
    QByteArray (*command)(const CheckSpec &spec) = nullptr;
    CheckResult (*evaluateCommand)(const CheckSpec &spec, const CommandOutcome &outcome) = nullptr;
    // Catalog: the judgement of a backup source's catalog.
    CheckResult (*evaluateBackup)(
        const CheckSpec &spec, const BackupFacts &facts, qint64 nowMs) = nullptr;
    // The file whose read position is kept between samples; empty: none is kept.
    QString (*readPosition)(const CheckSpec &spec) = nullptr;

    // Display: the value that sums a result up (a name ending in ':' picks the largest of
    // that prefix), the labels of the metrics it records, and the limits drawn on a chart of
    // one of them (unset: the headline gets the check's warn/crit, the others none).
    const char *headlineMetric = nullptr;
    QList<MetricLabel> metricLabels {};
    Thresholds (*chartLimits)(const CheckSpec &spec, const QString &metric) = nullptr;

    bool runsOnHost() const { return runner != CheckRunner::Http; }
    bool hasThresholds() const { return defaultWarn.has_value(); }
    // The check's warn/crit where set, the kind's defaults otherwise.
    Thresholds limits(const CheckSpec &spec) const;
};

// The kind of a type; every CheckType has one.
const CheckKind &checkKind(CheckType type);
// Every kind, in the order the editor offers them.
const QList<const CheckKind *> &checkKinds();

} // namespace dozor
