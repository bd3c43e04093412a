#include "CheckKind.h"
#include "CheckSupport.h"
#include "core/JsonObjectReader.h"
#include "core/ServerText.h"

#include <QRegularExpression>

// command: a command of the user's own, run by the login account's shell on its own channel;
// OK when it exits with the expected status and, if set, its output matches a pattern.
namespace dozor {

namespace {
using ServerText::oneLine;

CheckResult evaluate(const CheckSpec &check, const CommandOutcome &o)
{
    CheckResult r = resultOf(check);
    const CommandSpec &spec = check.command;
    // Output past the cap stops the command: only an output match can still be judged.
    const bool judgeOutputOnly = o.truncated && !spec.outputRegex.isEmpty();
    if (!o.error.isEmpty() && !judgeOutputOnly)
        return unknownResult(r, CheckText::msg("the command %1").arg(o.error));
    if (!o.exitStatus && !judgeOutputOnly)
        return unknownResult(r, CheckText::msg("the command ended without an exit status"));
    if (o.exitStatus)
        r.values.append({QStringLiteral("exit_code"), double(*o.exitStatus), QString()});
    // The last line of stderr: where a traceback or an error message ends up.
    const QByteArrayView errTail = o.err.trimmed();
    const QString lastErr = oneLine(errTail.sliced(errTail.lastIndexOf('\n') + 1), 160);
    if (o.exitStatus && *o.exitStatus != spec.expectExit) {
        r.status = Status::Crit;
        setReason(r,
            CheckText::msg("exit status %1, expected %2").arg(*o.exitStatus).arg(spec.expectExit)
                + Message(lastErr.isEmpty() ? QString() : QStringLiteral(": ") + lastErr));
        return r;
    }
    if (!spec.outputRegex.isEmpty()) {
        const QRegularExpression re(spec.outputRegex);
        const bool matched = re.isValid() && re.match(QString::fromUtf8(o.out)).hasMatch();
        if (!matched) {
            r.status = Status::Crit;
            setReason(r,
                CheckText::msg("the output does not match /%1/: %2")
                        .arg(spec.outputRegex)
                        .arg(oneLine(o.out, 120))
                    + (o.truncated ? CheckText::msg(" (only the first %1 KiB were read)")
                                         .arg(o.out.size() / 1024)
                                   : Message()));
            return r;
        }
    }
    r.status = Status::Ok;
    const QString firstOut = oneLine(o.out, 120);
    setReason(r,
        (o.exitStatus ? CheckText::msg("exit status %1").arg(*o.exitStatus)
                      : CheckText::msg(
                          "the first %1 KiB of output matched; the command was stopped there")
                            .arg(o.out.size() / 1024))
            + Message(firstOut.isEmpty() ? QString() : QStringLiteral(": ") + firstOut));
    return r;
}

void readSettings(JsonObjectReader &check, CheckSpec &c)
{
    auto r = check.objectReader(QStringLiteral("command"));
    if (!r)
        return;
    c.command.run = r->string(QStringLiteral("run"), true).value_or(QString());
    if (const auto exit = r->boundedInteger(QStringLiteral("expect_exit")))
        c.command.expectExit = *exit;
    c.command.outputRegex = r->string(QStringLiteral("output_regex")).value_or(QString());
    r->finish();
}

void writeSettings(const CheckSpec &c, QJsonObject &check)
{
    QJsonObject o;
    if (!c.command.run.isEmpty())
        o.insert(QStringLiteral("run"), c.command.run);
    o.insert(QStringLiteral("expect_exit"), c.command.expectExit);
    if (!c.command.outputRegex.isEmpty())
        o.insert(QStringLiteral("output_regex"), c.command.outputRegex);
    check.insert(QStringLiteral("command"), o);
}

void validate(FieldProblems &p, const CheckSpec &c, const QString &)
{
    if (c.command.run.trimmed().isEmpty())
        p.error(QStringLiteral("command.run"), CheckText::tr("must not be empty"));
    if (c.command.run.contains(QChar(0)))
        p.error(QStringLiteral("command.run"), CheckText::tr("must not contain NUL"));
    if (!c.command.outputRegex.isEmpty())
        checkRegex(p, QStringLiteral("command.output_regex"), c.command.outputRegex);
}
} // namespace

const CheckKind &commandCheckKind()
{
    static const CheckKind kind {
        .type = CheckType::Command,
        .name = "command",
        .title = QT_TRANSLATE_NOOP("CheckKind", "Custom command"),
        .runner = CheckRunner::OwnCommand,
        .settingKeys = {QStringLiteral("command")},
        .readSettings = readSettings,
        .writeSettings = writeSettings,
        .validate = validate,
        .editorFields =
            {
                textField("checkCommand", QT_TRANSLATE_NOOP("CheckKind", "&Command:"),
                    QT_TRANSLATE_NOOP("CheckKind", "a shell command run by the login account"),
                    "command.run", &CheckSpec::command, &CommandSpec::run, false),
                {.kind = EditorField::Kind::Integer,
                    .objectName = "checkExpectExit",
                    .label = QT_TRANSLATE_NOOP("CheckKind", "E&xpected exit status:"),
                    .errorKey = "command.expect_exit",
                    .max = 255,
                    .get = [](const CheckSpec &c) { return QVariant(c.command.expectExit); },
                    .set =
                        [](CheckSpec &c, const QVariant &v) {
                            c.command.expectExit = v.toInt();
                            return QString();
                        }},
                textField("checkOutputRegex", QT_TRANSLATE_NOOP("CheckKind", "&Output must match:"),
                    QT_TRANSLATE_NOOP("CheckKind", "optional regular expression"),
                    "command.output_regex", &CheckSpec::command, &CommandSpec::outputRegex, false),
            },
        .command = [](const CheckSpec &c) { return c.command.run.toUtf8(); },
        .evaluateCommand = evaluate,
        .headlineMetric = "exit_code",
        .metricLabels = {{"exit_code", QT_TRANSLATE_NOOP("CheckKind", "Exit status")}},
    };
    return kind;
}

} // namespace dozor
