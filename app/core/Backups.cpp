#include "Backups.h"

#include "EnumNames.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace dozor {

namespace {
struct BackupText {
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

const std::pair<BackupSource::Type, const char *> typeNames[] = {
    {BackupSource::Type::Files, "files"},
    {BackupSource::Type::Database, "database"},
    {BackupSource::Type::Restic, "restic"},
    {BackupSource::Type::Borg, "borg"},
};

const std::pair<BackupSource::Kind, const char *> kindNames[] = {
    {BackupSource::Kind::Full, "full"},
    {BackupSource::Kind::Config, "config"},
    {BackupSource::Kind::Content, "content"},
    {BackupSource::Kind::Database, "database"},
    {BackupSource::Kind::Logs, "logs"},
};

int fieldWidth(QChar field)
{
    return field == QLatin1Char('Y') ? 4 : 2;
}

bool isField(QChar c)
{
    return QStringLiteral("YmdHMS").contains(c);
}
} // namespace

QString backupTypeName(BackupSource::Type type)
{
    return enumName(typeNames, type);
}

std::optional<BackupSource::Type> backupTypeFromName(const QString &name)
{
    return enumFromName(typeNames, name);
}

QString backupKindName(BackupSource::Kind kind)
{
    return enumName(kindNames, kind);
}

std::optional<BackupSource::Kind> backupKindFromName(const QString &name)
{
    return enumFromName(kindNames, name);
}

QString backupTimeFormatProblem(const QString &format)
{
    bool date = false;
    for (qsizetype i = 0; i < format.size(); ++i) {
        if (format.at(i) != QLatin1Char('%'))
            continue;
        if (i + 1 >= format.size())
            return BackupText::tr("ends with a lone %");
        const QChar c = format.at(++i);
        if (c == QLatin1Char('%'))
            continue;
        if (!isField(c))
            return BackupText::tr("%%1 is not a field; use %Y %m %d %H %M %S").arg(c);
        date = date || c == QLatin1Char('d');
    }
    if (!format.contains(QLatin1String("%Y")) || !format.contains(QLatin1String("%m")) || !date)
        return BackupText::tr("needs at least %Y, %m and %d");
    return QString();
}

std::optional<QDateTime> backupTimeFromName(
    const QString &name, const QString &format, const QString &zone)
{
    int values[128] = {};
    values['m'] = values['d'] = 1;
    qsizetype at = 0;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar f = format.at(i);
        if (f == QLatin1Char('%') && i + 1 < format.size() && isField(format.at(i + 1))) {
            const QChar field = format.at(++i);
            const int width = fieldWidth(field);
            if (at + width > name.size())
                return std::nullopt;
            int value = 0;
            for (int k = 0; k < width; ++k) {
                const QChar digit = name.at(at + k);
                if (!digit.isDigit() || digit.unicode() > '9')
                    return std::nullopt;
                value = value * 10 + digit.digitValue();
            }
            values[field.unicode()] = value;
            at += width;
            continue;
        }
        if (f == QLatin1Char('%') && i + 1 < format.size())
            ++i; // "%%": a percent sign
        if (at >= name.size() || name.at(at) != format.at(i))
            return std::nullopt;
        ++at;
    }
    const QDate date(values['Y'], values['m'], values['d']);
    const QTime time(values['H'], values['M'], values['S']);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    if (zone.isEmpty())
        return QDateTime(date, time, Qt::UTC); // no zone object per name: listings are long
    const QTimeZone tz(zone.toUtf8());
    if (!tz.isValid())
        return std::nullopt;
    const QDateTime t(date, time, tz);
    return t.isValid() ? std::optional(t) : std::nullopt;
}

} // namespace dozor
