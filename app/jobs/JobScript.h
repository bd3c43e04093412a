#pragma once

#include "JobPlan.h"
#include "core/Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace dozor {

// A value a step's process gets in its environment (a restic password): written into the
// script on the shell's stdin, never onto a command line, and masked in the job's log.
struct JobSecret {
    QByteArray name; // RESTIC_PASSWORD
    QByteArray value;
    bool masked = true; // false: a plain setting (BORG_RELOCATED_REPO_ACCESS_IS_OK=no)
};

namespace JobScript {
// The script a step's shell reads: the secrets exported, then the step's argv (each
// quoted with ShellQuote) exec'd with stdin from /dev/null. Refuses a bad variable name or a
// value no shell can carry (NUL).
Expected<QByteArray> forStep(const JobStep &step, const QList<JobSecret> &secrets);
// The same, then after the step ends: marker printed on stdout and then argv run (without
// the secrets, its stderr discarded, stdin /dev/null), so one round trip does both. The script's
// exit status is the step's; what follows the last marker in stdout is the second command's.
Expected<QByteArray> forStepThen(const JobStep &step, const QList<JobSecret> &secrets,
    const QByteArray &marker, const QList<QByteArray> &argv);
// A shell script of Dozor's own run as it is (not exec'd): the secrets exported, args as its
// positional words ("$1"…: a value is never pasted into the script), stdin /dev/null. args may
// be long (thousands of paths): they never pass through an exec's argument limit.
Expected<QByteArray> forShell(
    const QByteArray &body, const QList<QByteArray> &args, const QList<JobSecret> &secrets);
} // namespace JobScript

// Cuts streamed output into lines for a job's log: bounded (a line longer than maxLine is
// cut and says so), any bytes (invalid UTF-8 shown as replacement characters), \r\n and lone
// \r (progress redraws) end a line too.
class JobLogLines {
public:
    static constexpr qsizetype maxLine = 4000;

    // The lines chunk completes.
    QStringList append(const QByteArray &chunk);
    // What is left without a line end (at the end of the run).
    QStringList flush();

private:
    QByteArray m_partial;
    bool m_cutting = false; // the current line passed maxLine; the rest of it is dropped
};

// Replaces each secret's value in line by "••••".
QString maskSecrets(QString line, const QList<JobSecret> &secrets);

} // namespace dozor
