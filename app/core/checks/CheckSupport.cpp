#include "CheckSupport.h"

#include "core/ServerText.h"
#include "core/ShellQuote.h"

#include <QLocale>
#include <QRegularExpression>

namespace dozor {

FieldProblems::FieldProblems(QList<Diagnostic> *out, QString path)
    : m_out(out)
    , m_path(std::move(path))
{
}

void FieldProblems::error(const QString &field, const QString &message)
{
    m_out->append({Diagnostic::Severity::Error, join(field), message});
}

void FieldProblems::warning(const QString &field, const QString &message)
{
    m_out->append({Diagnostic::Severity::Warning, join(field), message});
}

QString FieldProblems::join(const QString &field) const
{
    return field.isEmpty() ? m_path : m_path + QLatin1Char('.') + field;
}

namespace {
QString num(double v)
{
    return QString::number(v, 'g', 10);
}
} // namespace

void checkRegex(FieldProblems &p, const QString &field, const QString &pattern)
{
    const QRegularExpression re(pattern);
    if (!re.isValid())
        p.error(
            field, CheckText::tr("is not a valid regular expression: %1").arg(re.errorString()));
}

bool isAccountName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$"));
    return re.match(name).hasMatch();
}

void checkOneLine(FieldProblems &p, const QString &field, const QString &value)
{
    if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || value.contains(QChar(0)))
        p.error(field, CheckText::tr("must not contain a line break or a NUL character"));
}

void checkPercent(FieldProblems &p, const QString &field, const std::optional<double> &v)
{
    if (v && (*v < 0 || *v > 100))
        p.error(
            field, CheckText::tr("must be a percentage between 0 and 100, got %1").arg(num(*v)));
}

void checkWarnCrit(FieldProblems &p, const std::optional<double> &warn,
    const std::optional<double> &crit, const QString &warnField, const QString &critField)
{
    if (warn && *warn < 0)
        p.error(warnField, CheckText::tr("must not be negative, got %1").arg(num(*warn)));
    if (crit && *crit < 0)
        p.error(critField, CheckText::tr("must not be negative, got %1").arg(num(*crit)));
    if (warn && crit && *warn > *crit)
        p.error(warnField,
            CheckText::tr("must not be above %1 (%2), got %3")
                .arg(critField, num(*crit), num(*warn)));
}

CheckResult resultOf(const CheckSpec &check)
{
    CheckResult r;
    r.checkId = check.id;
    r.targetId = check.targetId;
    return r;
}

CheckResult unknownResult(CheckResult r, const Message &reason)
{
    r.status = Status::Unknown;
    setReason(r, reason);
    return r;
}

Status levelFor(double value, const Thresholds &limits)
{
    if (limits.crit && value >= *limits.crit)
        return Status::Crit;
    if (value >= limits.warn.value_or(0))
        return Status::Warn;
    return Status::Ok;
}

Message percentText(double v)
{
    // In the reader's locale: "24,5%" in Russian.
    return Message::pattern(QStringLiteral("%1%")).real(v, 1);
}

Message notReported(
    const HostSnapshot &s, const Message &what, std::initializer_list<const char *> sections)
{
    QStringList problems = s.problems;
    for (const char *section : sections)
        problems += s.sectionProblems.value(section);
    if (problems.isEmpty())
        return CheckText::msg("the probe did not report %1").arg(what);
    return CheckText::msg("the probe did not report %1: %2")
        .arg(what)
        .arg(problems.join(QStringLiteral("; ")));
}

QByteArray sectionValue(const QString &value)
{
    return ShellQuote::quote(value.toUtf8()).value_or(QByteArray("''"));
}

std::optional<quint64> unsignedNumber(QByteArrayView v)
{
    bool ok = false;
    const quint64 x = v.trimmed().toULongLong(&ok);
    return ok ? std::optional<quint64>(x) : std::nullopt;
}

std::optional<QByteArrayView> tagged(QByteArrayView line, QByteArrayView tag)
{
    if (line.size() > tag.size() && line.startsWith(tag) && line.at(tag.size()) == ' ')
        return line.sliced(tag.size() + 1);
    if (line == tag)
        return QByteArrayView();
    return std::nullopt;
}

Message shownLines(const QList<QByteArray> &lines)
{
    QByteArray joined;
    for (const QByteArray &l : lines) {
        if (joined.size() > 400)
            break;
        if (!joined.isEmpty())
            joined += "; ";
        joined += l;
    }
    return joined.isEmpty() ? CheckText::msg("nothing") : Message(ServerText::oneLine(joined, 300));
}

} // namespace dozor
