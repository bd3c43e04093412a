#pragma once

#include "CheckKind.h"
#include "core/CheckResult.h"
#include "core/Diagnostic.h"
#include "core/HostSnapshot.h"
#include "core/Workspace.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <optional>

// What the check kinds under app/core/checks/ share: the words they use, the problems their
// settings report, and the small parsing and judging steps every evaluator needs.
namespace dozor {

struct CheckText {
    Q_DECLARE_TR_FUNCTIONS(CheckKind)
    DOZOR_MESSAGE_FUNCTIONS(CheckKind)
};

// Problems of one check's settings, each under its field's JSON path (path + "." + field).
class FieldProblems {
public:
    FieldProblems(QList<Diagnostic> *out, QString path);
    void error(const QString &field, const QString &message);
    void warning(const QString &field, const QString &message);

private:
    QString join(const QString &field) const;
    QList<Diagnostic> *m_out;
    QString m_path;
};

// Settings rules shared by kinds.
void checkRegex(FieldProblems &p, const QString &field, const QString &pattern);
// A user or group name on a Unix server.
bool isAccountName(const QString &name);
// A value the probe reports line by line: no line break, no NUL.
void checkOneLine(FieldProblems &p, const QString &field, const QString &value);
void checkPercent(FieldProblems &p, const QString &field, const std::optional<double> &value);
void checkWarnCrit(FieldProblems &p, const std::optional<double> &warn,
    const std::optional<double> &crit, const QString &warnField, const QString &critField);

// A result of check with nothing judged yet (UNKNOWN, no reason).
CheckResult resultOf(const CheckSpec &check);
CheckResult unknownResult(CheckResult r, const Message &reason);
// WARN at the warn limit, CRIT at the crit limit (when set), OK below.
Status levelFor(double value, const Thresholds &limits);
// "42.1%" ("42,1%" in Russian).
Message percentText(double value);
// Why a resource kind cannot judge: the probe did not report what, with its own words.
// sections: the probe's sections the value comes from ("stat" …); only their problems and
// the run's are named.
Message notReported(const HostSnapshot &snapshot, const Message &what,
    std::initializer_list<const char *> sections);

// A value a probe section hands the shell, quoted. ProbeScript checks every value of a
// section with ShellQuote first and drops the section when one cannot be quoted.
QByteArray sectionValue(const QString &value);

// Reading what a probe section printed (a server we do not trust).
std::optional<quint64> unsignedNumber(QByteArrayView text);
// A line "tag rest": the rest when the tag matches.
std::optional<QByteArrayView> tagged(QByteArrayView line, QByteArrayView tag);
// The lines, joined and bounded for a reason ("nothing" when there are none).
Message shownLines(const QList<QByteArray> &lines);

// An editor field for a text setting of a kind (spec.*part).*member; trimmed: surrounding
// spaces are dropped when written (names, paths), not for patterns and commands.
template<class Part>
EditorField textField(const char *objectName, const char *label, const char *hint,
    const char *errorKey, Part CheckSpec::*part, QString Part::*member, bool trimmed)
{
    return {.kind = EditorField::Kind::Text,
        .objectName = objectName,
        .label = label,
        .hint = hint,
        .errorKey = errorKey,
        .get = [part, member](const CheckSpec &c) { return QVariant((c.*part).*member); },
        .set =
            [part, member, trimmed](CheckSpec &c, const QVariant &v) {
                (c.*part).*member = trimmed ? v.toString().trimmed() : v.toString();
                return QString();
            }};
}

} // namespace dozor
