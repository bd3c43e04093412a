#include "ProbeParser.h"

#include "ServerText.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace dozor {

namespace {

struct ProbeText {
    Q_DECLARE_TR_FUNCTIONS(ProbeParser)
};

struct Section {
    QByteArray name;
    QList<QByteArrayView> lines;
    // A check's section: ended by the run's marker line (ended), naming the command that
    // overran its time limit, if one did.
    bool ended = false;
    QByteArray overran;
};

QList<QByteArrayView> splitFields(QByteArrayView line)
{
    QList<QByteArrayView> fields;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const qsizetype start = i;
        while (i < n && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            fields.append(line.sliced(start, i - start));
    }
    return fields;
}

std::optional<quint64> toU64(QByteArrayView v)
{
    bool ok = false;
    const quint64 x = v.toULongLong(&ok);
    return ok ? std::optional<quint64>(x) : std::nullopt;
}

std::optional<double> toDouble(QByteArrayView v)
{
    bool ok = false;
    const double x = v.toDouble(&ok);
    if (!ok || !std::isfinite(x))
        return std::nullopt;
    return x;
}

using ServerText::printable;

QString joinFields(const QList<QByteArrayView> &fields, qsizetype from)
{
    QByteArray joined;
    for (qsizetype i = from; i < fields.size(); ++i) {
        if (i > from)
            joined += ' ';
        joined += fields.at(i).toByteArray();
    }
    return printable(joined, 4096);
}

std::optional<CpuTimes> parseCpuLine(QByteArrayView line)
{
    const auto f = splitFields(line);
    if (f.size() < 5 || f.at(0) != "cpu")
        return std::nullopt;
    // user nice system idle iowait irq softirq steal (guest time is already in user)
    quint64 values[8] = {};
    const qsizetype count = std::min<qsizetype>(f.size() - 1, 8);
    for (qsizetype i = 0; i < count; ++i) {
        const auto v = toU64(f.at(i + 1));
        if (!v)
            return std::nullopt;
        values[i] = *v;
    }
    CpuTimes t;
    const quint64 idle = values[3] + values[4];
    for (quint64 v : values)
        t.total += v;
    t.busy = t.total - idle;
    return t;
}

class SnapshotBuilder {
public:
    // A check's own lines, as the server printed them, bounded in count and length. The
    // line break the probe prints before its end marker is not the check's.
    void checkSection(const Section &s)
    {
        const auto index = toU64(s.name.sliced(6).trimmed());
        if (!index || *index >= ProbeParser::maxCheckSections)
            return;
        const int i = static_cast<int>(*index);
        QList<QByteArray> &lines = snap.checkSections[i];
        qsizetype count = s.lines.size();
        if (s.ended && count > 0 && s.lines.last().isEmpty())
            --count;
        for (qsizetype n = 0; n < count && lines.size() < ProbeParser::maxCheckSectionLines; ++n) {
            const QByteArrayView line = s.lines.at(n);
            lines.append(
                line.first(std::min(line.size(), ProbeParser::maxCheckLineBytes)).toByteArray());
        }
        if (!s.ended)
            snap.unfinishedSections.insert(i);
        else if (!s.overran.isEmpty())
            snap.overranSections.insert(i, printable(s.overran, 40));
    }
    // "@@timeout df 10": df overran the disk check's time limit; what it printed is not used.
    void timedOut(const Section &s)
    {
        const QList<QByteArrayView> f = splitFields(s.name);
        if (f.size() < 3)
            return;
        const QByteArray part = f.at(1).toByteArray();
        problem(part,
            ProbeText::tr("%1 did not finish within %2 s and was stopped")
                .arg(printable(part, 20), printable(f.at(2), 10)));
    }
    void nproc(const Section &s)
    {
        if (s.lines.isEmpty())
            return problem("nproc", ProbeText::tr("number of CPUs not reported"));
        const auto v = toU64(s.lines.first().trimmed());
        if (!v || *v < 1 || *v > 65536)
            return problem("nproc",
                ProbeText::tr("number of CPUs unreadable: \"%1\"").arg(printable(s.lines.first())));
        snap.cpuCount = static_cast<int>(*v);
    }
    // The kernel's list of online CPUs: "0-3,6" is five. Empty when /sys was not readable
    // (then the nproc section follows).
    void cpus(const Section &s)
    {
        if (s.lines.isEmpty() || s.lines.first().trimmed().isEmpty())
            return;
        quint64 count = 0;
        const QByteArrayView list = s.lines.first().trimmed();
        bool readable = true;
        const QList<QByteArray> parts = list.toByteArray().split(',');
        for (QByteArrayView part : parts) {
            const qsizetype dash = part.indexOf('-');
            const auto first = toU64(dash < 0 ? part : part.first(dash));
            const auto last = dash < 0 ? first : toU64(part.sliced(dash + 1));
            if (!first || !last || *last < *first || *last - *first >= 65536) {
                readable = false;
                break;
            }
            count += *last - *first + 1;
        }
        if (!readable || count < 1 || count > 65536)
            return problem(
                "cpus", ProbeText::tr("number of CPUs unreadable: \"%1\"").arg(printable(list)));
        snap.cpuCount = static_cast<int>(count);
    }
    // A UUID; anything else is kept only as far as it can tell two boots apart.
    void bootId(const Section &s)
    {
        if (!s.lines.isEmpty())
            snap.bootId = s.lines.first()
                              .trimmed()
                              .first(std::min<qsizetype>(s.lines.first().trimmed().size(), 64))
                              .toByteArray();
    }
    void uptime(const Section &s)
    {
        const auto f = s.lines.isEmpty() ? QList<QByteArrayView>() : splitFields(s.lines.first());
        const auto v = f.isEmpty() ? std::nullopt : toDouble(f.first());
        if (!v || *v < 0)
            return problem("uptime", ProbeText::tr("/proc/uptime unreadable"));
        snap.uptimeSec = *v;
    }
    void loadavg(const Section &s)
    {
        const auto f = s.lines.isEmpty() ? QList<QByteArrayView>() : splitFields(s.lines.first());
        if (f.size() < 3)
            return problem("loadavg", ProbeText::tr("/proc/loadavg unreadable"));
        const auto a = toDouble(f.at(0)), b = toDouble(f.at(1)), c = toDouble(f.at(2));
        if (!a || !b || !c || *a < 0 || *b < 0 || *c < 0)
            return problem("loadavg",
                ProbeText::tr("/proc/loadavg unreadable: \"%1\"").arg(printable(s.lines.first())));
        snap.load1 = a;
        snap.load5 = b;
        snap.load15 = c;
    }
    void stat(const Section &s)
    {
        const auto t = s.lines.isEmpty() ? std::nullopt : parseCpuLine(s.lines.first());
        if (!t)
            return problem("stat", ProbeText::tr("/proc/stat cpu line unreadable"));
        if (!snap.cpuFirst)
            snap.cpuFirst = t;
        else
            snap.cpuSecond = t;
    }
    void meminfo(const Section &s)
    {
        QHash<QByteArray, quint64> kb;
        for (const auto &line : s.lines) {
            const auto f = splitFields(line);
            if (f.size() < 2 || !f.at(0).endsWith(':'))
                continue;
            if (const auto v = toU64(f.at(1)))
                kb.insert(f.at(0).chopped(1).toByteArray(), *v);
        }
        if (!kb.contains("MemTotal") || kb.value("MemTotal") == 0)
            return problem("meminfo", ProbeText::tr("/proc/meminfo has no MemTotal"));
        MemoryInfo m;
        m.totalKb = kb.value("MemTotal");
        if (kb.contains("MemAvailable"))
            m.availableKb = kb.value("MemAvailable");
        else // kernels before 3.14
            m.availableKb = kb.value("MemFree") + kb.value("Buffers") + kb.value("Cached");
        m.availableKb = std::min(m.availableKb, m.totalKb);
        m.swapTotalKb = kb.value("SwapTotal");
        m.swapFreeKb = std::min(kb.value("SwapFree"), m.swapTotalKb);
        snap.memory = m;
    }
    void df(const Section &s)
    {
        QList<MountUsage> mounts;
        for (qsizetype i = 0; i < s.lines.size(); ++i) {
            const auto f = splitFields(s.lines.at(i));
            if (f.isEmpty() || (i == 0 && f.at(0) == "Filesystem"))
                continue;
            if (f.size() < 6)
                continue;
            const QString filesystem = printable(f.at(0));
            if (ProbeParser::isPseudoFilesystem(filesystem)
                || (f.at(1) == "-" && f.at(2) == "-" && f.at(3) == "-"))
                continue; // nothing to measure
            const auto total = toU64(f.at(1)), used = toU64(f.at(2)), avail = toU64(f.at(3));
            const QByteArrayView capacity = f.at(4);
            const auto percent =
                capacity.endsWith('%') ? toU64(capacity.chopped(1)) : std::optional<quint64>();
            if (!total || !used || !avail || (capacity != "-" && (!percent || *percent > 100))
                || *used > *total) {
                snap.implausibleMounts.append(
                    {joinFields(f, 5), ServerText::oneLine(s.lines.at(i), 200)});
                continue;
            }
            MountUsage m;
            m.filesystem = filesystem;
            m.mountPoint = joinFields(f, 5);
            m.totalKb = *total;
            m.usedKb = *used;
            m.availableKb = *avail;
            if (m.totalKb == 0)
                continue;
            // The same source with the same size is the same filesystem again (a bind
            // mount, a container's /etc/hosts): counted once. Used and free space are not
            // compared: on a busy filesystem they move between df's two readings.
            for (const MountUsage &earlier : std::as_const(mounts)) {
                if (earlier.sameAs.isEmpty() && earlier.filesystem == m.filesystem
                    && earlier.totalKb == m.totalKb) {
                    m.sameAs = earlier.mountPoint;
                    break;
                }
            }
            if (mounts.size() >= ProbeParser::maxMounts) {
                problem("df",
                    ProbeText::tr("more than %1 filesystems; the rest are ignored")
                        .arg(ProbeParser::maxMounts));
                break;
            }
            mounts.append(m);
        }
        if (mounts.isEmpty())
            return problem("df", ProbeText::tr("df reported no filesystems"));
        snap.mounts = mounts;
    }
    void dfi(const Section &s)
    {
        if (!snap.mounts)
            return;
        QHash<QString, qsizetype> byMount;
        for (qsizetype i = 0; i < snap.mounts->size(); ++i)
            byMount.insert(snap.mounts->at(i).mountPoint, i);
        for (const auto &line : s.lines) {
            const auto f = splitFields(line);
            if (f.size() < 6)
                continue;
            const auto total = toU64(f.at(1)), used = toU64(f.at(2));
            if (!total || !used || *total == 0)
                continue;
            const auto it = byMount.constFind(joinFields(f, 5));
            if (it == byMount.constEnd())
                continue;
            MountUsage &m = (*snap.mounts)[*it];
            m.inodesTotal = *total;
            m.inodesUsed = std::min(*used, *total);
        }
    }
    void problem(const QByteArray &part, const QString &text)
    {
        snap.sectionProblems[part].append(text);
    }

    HostSnapshot snap;
};

} // namespace

double MountUsage::usedPercent() const
{
    // As df computes Capacity: used / (used + available), rounded up; reserved blocks count as
    // unavailable to users.
    const quint64 denominator = usedKb + availableKb;
    if (denominator == 0)
        return 0;
    return 100.0 * static_cast<double>(usedKb) / static_cast<double>(denominator);
}

std::optional<double> MountUsage::inodesUsedPercent() const
{
    if (!inodesTotal || !inodesUsed || *inodesTotal == 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(*inodesUsed) / static_cast<double>(*inodesTotal);
}

QStringList HostSnapshot::allProblems() const
{
    QStringList all = problems;
    QList<QByteArray> parts = sectionProblems.keys();
    std::sort(parts.begin(), parts.end());
    for (const QByteArray &part : std::as_const(parts))
        all += sectionProblems.value(part);
    return all;
}

std::optional<double> HostSnapshot::cpuPercent() const
{
    if (!cpuFirst || !cpuSecond || cpuSecond->total <= cpuFirst->total
        || cpuSecond->busy < cpuFirst->busy)
        return std::nullopt;
    const double total = static_cast<double>(cpuSecond->total - cpuFirst->total);
    const double busy = static_cast<double>(cpuSecond->busy - cpuFirst->busy);
    return std::clamp(100.0 * busy / total, 0.0, 100.0);
}

namespace ProbeParser {

bool isPseudoFilesystem(const QString &fs)
{
    static const QStringList pseudo = {
        QStringLiteral("tmpfs"),
        QStringLiteral("devtmpfs"),
        QStringLiteral("udev"),
        QStringLiteral("none"),
        QStringLiteral("shm"),
        QStringLiteral("proc"),
        QStringLiteral("sysfs"),
        QStringLiteral("efivarfs"),
        QStringLiteral("cgroup"),
        QStringLiteral("cgroup2"),
        QStringLiteral("devpts"),
        QStringLiteral("mqueue"),
    };
    return pseudo.contains(fs) || fs.startsWith(QLatin1String("/dev/loop"));
}

Expected<HostSnapshot> parse(QByteArrayView output, QByteArrayView sectionEnd)
{
    if (output.size() > maxOutputBytes)
        return unexpected(ProbeText::tr("probe output is larger than %1 MiB; refusing to read it")
                              .arg(maxOutputBytes / (1024 * 1024)));
    QList<Section> sections;
    bool sawHeader = false;
    bool sawEnd = false;
    qsizetype pos = 0;
    while (pos < output.size()) {
        qsizetype eol = output.indexOf('\n', pos);
        if (eol < 0)
            eol = output.size();
        QByteArrayView line = output.sliced(pos, eol - pos);
        pos = eol + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (!sawHeader) {
            if (line.trimmed().isEmpty())
                continue;
            if (!line.startsWith("@@dozor-probe "))
                return unexpected(ProbeText::tr("not Dozor probe output (it starts with \"%1\")")
                                      .arg(printable(line, 60)));
            const auto version = toU64(line.sliced(14).trimmed());
            if (!version || *version != 1)
                return unexpected(ProbeText::tr("unsupported probe output version \"%1\"")
                                      .arg(printable(line.sliced(14), 20)));
            sawHeader = true;
            continue;
        }
        Section *current = sections.isEmpty() ? nullptr : &sections.last();
        if (current && current->name.startsWith("check ") && !current->ended) {
            // A check's lines are the server's words: only the run's own marker ends them.
            if (!sectionEnd.isEmpty() && line.startsWith("@@")
                && line.sliced(2).startsWith(sectionEnd)
                && (line.size() == sectionEnd.size() + 2
                    || line.at(sectionEnd.size() + 2) == ' ')) {
                current->ended = true;
                current->overran = line.sliced(sectionEnd.size() + 2).trimmed().toByteArray();
                continue;
            }
            if (!sectionEnd.isEmpty()) {
                current->lines.append(line);
                continue;
            }
        }
        if (line.startsWith("@@")) {
            const QByteArray name = line.sliced(2).trimmed().toByteArray();
            if (name == "end") {
                sawEnd = true;
                break;
            }
            sections.append({name, {}, false, {}});
            continue;
        }
        if (!sections.isEmpty())
            sections.last().lines.append(line);
    }
    if (!sawHeader)
        return unexpected(output.trimmed().isEmpty() ? ProbeText::tr("the probe printed nothing")
                                                     : ProbeText::tr("not Dozor probe output"));

    SnapshotBuilder b;
    const bool dfOverran = std::any_of(sections.cbegin(), sections.cend(),
        [](const Section &s) { return s.name.startsWith("timeout df"); });
    for (const Section &s : std::as_const(sections)) {
        if (dfOverran && (s.name == "df" || s.name == "dfi"))
            continue; // cut short: the mounts it did list are not all there are
        if (s.name == "cpus")
            b.cpus(s);
        else if (s.name == "bootid")
            b.bootId(s);
        else if (s.name == "nproc")
            b.nproc(s);
        else if (s.name == "uptime")
            b.uptime(s);
        else if (s.name == "loadavg")
            b.loadavg(s);
        else if (s.name == "stat")
            b.stat(s);
        else if (s.name == "meminfo")
            b.meminfo(s);
        else if (s.name == "df")
            b.df(s);
        else if (s.name == "dfi")
            b.dfi(s);
        else if (s.name.startsWith("check "))
            b.checkSection(s);
        else if (s.name.startsWith("timeout "))
            b.timedOut(s);
        // Unknown sections come from newer probes; they are skipped on purpose.
    }
    if (!sawEnd)
        b.snap.problems.append(ProbeText::tr("probe output ended early (cut off or killed)"));
    return b.snap;
}

} // namespace ProbeParser

} // namespace dozor
