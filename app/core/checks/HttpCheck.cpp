#include "CheckKind.h"
#include "CheckSupport.h"
#include "core/JsonObjectReader.h"
#include "core/WorkspaceValidator.h"

#include <QFileInfo>
#include <QRegularExpression>

// http: a request from this computer (HttpProbe), judged by evaluateHttp: status, keywords,
// response time, TLS certificate lifetime.
namespace dozor {

namespace {
constexpr qint64 maxBodyCap = 64LL * 1024 * 1024;

bool isToken(const QByteArray &s)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return token.match(QString::fromLatin1(s)).hasMatch();
}

void readExpectStatus(JsonObjectReader &r, HttpSpec &http)
{
    if (!r.has(QStringLiteral("expect_status")))
        return;
    if (r.peek(QStringLiteral("expect_status")).isDouble()) {
        if (const auto code = r.boundedInteger(QStringLiteral("expect_status")))
            http.expectStatus = {*code};
        return;
    }
    if (!r.peek(QStringLiteral("expect_status")).isArray()) {
        r.markSeen(QStringLiteral("expect_status"));
        r.error(QStringLiteral("expect_status"),
            CheckText::tr("must be a status code or a list of them, e.g. [200, 301]; got %1")
                .arg(jsonTypeName(r.peek(QStringLiteral("expect_status")))));
        return;
    }
    const auto codes = r.array(QStringLiteral("expect_status"));
    if (!codes)
        return;
    for (qsizetype i = 0; i < codes->size(); ++i) {
        const QJsonValue c = codes->at(i);
        if (!c.isDouble() || c.toDouble() != static_cast<double>(c.toInt())) {
            r.error(QStringLiteral("expect_status[%1]").arg(i),
                CheckText::tr("must be an HTTP status code, got %1").arg(jsonTypeName(c)));
            continue;
        }
        http.expectStatus.append(c.toInt());
    }
}

void readSettings(JsonObjectReader &check, CheckSpec &c)
{
    auto reader = check.objectReader(QStringLiteral("http"));
    if (!reader)
        return;
    JsonObjectReader &r = *reader;
    HttpSpec &http = c.http;
    if (const auto url = r.string(QStringLiteral("url"), true))
        http.url = QUrl(*url, QUrl::StrictMode);
    if (const auto method = r.string(QStringLiteral("method")))
        http.method = method->toLatin1();
    if (const auto headers = r.object(QStringLiteral("headers"))) {
        for (auto it = headers->constBegin(); it != headers->constEnd(); ++it) {
            if (!it->isString()) {
                r.error(QStringLiteral("headers.") + it.key(),
                    CheckText::tr("must be a string, got %1").arg(jsonTypeName(*it)));
                continue;
            }
            http.headers.append({it.key().toUtf8(), it->toString().toUtf8()});
        }
    }
    readExpectStatus(r, http);
    http.followRedirects = r.boolean(QStringLiteral("follow_redirects")).value_or(false);
    http.keyword = r.string(QStringLiteral("keyword")).value_or(QString());
    http.keywordAbsent = r.string(QStringLiteral("keyword_absent")).value_or(QString());
    if (const auto cap = r.integer(QStringLiteral("max_body_bytes")))
        http.maxBodyBytes = *cap;
    http.caFile = r.string(QStringLiteral("ca_file")).value_or(QString());
    if (const auto days = r.boundedInteger(QStringLiteral("tls_warn_days")))
        http.tlsWarnDays = *days;
    if (const auto days = r.boundedInteger(QStringLiteral("tls_crit_days")))
        http.tlsCritDays = *days;
    r.finish();
}

void writeSettings(const CheckSpec &c, QJsonObject &check)
{
    const HttpSpec &http = c.http;
    const HttpSpec plain;
    QJsonObject o;
    o.insert(QStringLiteral("url"), http.url.toString());
    if (http.method != plain.method)
        o.insert(QStringLiteral("method"), QString::fromLatin1(http.method));
    if (!http.headers.isEmpty()) {
        QJsonObject headers;
        for (const auto &[name, value] : http.headers)
            headers.insert(QString::fromUtf8(name), QString::fromUtf8(value));
        o.insert(QStringLiteral("headers"), headers);
    }
    if (!http.expectStatus.isEmpty()) {
        QJsonArray codes;
        for (int code : http.expectStatus)
            codes.append(code);
        o.insert(QStringLiteral("expect_status"), codes);
    }
    if (http.followRedirects)
        o.insert(QStringLiteral("follow_redirects"), true);
    if (!http.keyword.isEmpty())
        o.insert(QStringLiteral("keyword"), http.keyword);
    if (!http.keywordAbsent.isEmpty())
        o.insert(QStringLiteral("keyword_absent"), http.keywordAbsent);
    if (http.maxBodyBytes != plain.maxBodyBytes)
        o.insert(QStringLiteral("max_body_bytes"), static_cast<double>(http.maxBodyBytes));
    if (!http.caFile.isEmpty())
        o.insert(QStringLiteral("ca_file"), http.caFile);
    if (http.tlsWarnDays != plain.tlsWarnDays)
        o.insert(QStringLiteral("tls_warn_days"), http.tlsWarnDays);
    if (http.tlsCritDays != plain.tlsCritDays)
        o.insert(QStringLiteral("tls_crit_days"), http.tlsCritDays);
    check.insert(QStringLiteral("http"), o);
}

void validateUrl(FieldProblems &p, const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    // One message wherever the address came from (the file, the editor, the command line).
    if (!url.isValid() || url.isEmpty()) {
        p.error(QStringLiteral("http.url"), CheckText::tr("must start with http:// or https://"));
    } else if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        p.error(QStringLiteral("http.url"),
            CheckText::tr("must start with http:// or https://, got \"%1\"")
                .arg(url.toString().left(80)));
    } else if (url.host().isEmpty()) {
        p.error(QStringLiteral("http.url"), CheckText::tr("has no host name"));
    } else if (!url.userName().isEmpty() || !url.password().isEmpty()) {
        p.error(QStringLiteral("http.url"),
            CheckText::tr("must not contain a user name or password; secrets never go "
                          "into the workspace file"));
    }
}

void validateHeaders(FieldProblems &p, const HttpSpec &http)
{
    for (const auto &[name, value] : http.headers) {
        const QString field = QStringLiteral("http.headers.") + QString::fromUtf8(name);
        if (!isToken(name))
            p.error(field, CheckText::tr("is not a valid header name"));
        if (value.contains('\r') || value.contains('\n') || value.contains('\0'))
            p.error(field, CheckText::tr("must not contain line breaks"));
        const QByteArray lower = name.toLower();
        if (lower == "authorization" || lower == "cookie" || lower == "proxy-authorization"
            || lower.contains("token") || lower.contains("api-key") || lower.contains("apikey"))
            p.warning(field,
                CheckText::tr("looks like a credential stored in plain text in the "
                              "workspace file; keep this file private"));
    }
}

void validate(FieldProblems &p, const CheckSpec &c, const QString &baseDir)
{
    const HttpSpec &http = c.http;
    validateUrl(p, http.url);
    if (!isToken(http.method))
        p.error(QStringLiteral("http.method"),
            CheckText::tr("must be an HTTP method such as GET or HEAD, got \"%1\"")
                .arg(QString::fromLatin1(http.method.left(40))));
    validateHeaders(p, http);
    for (qsizetype i = 0; i < http.expectStatus.size(); ++i) {
        const int code = http.expectStatus.at(i);
        if (code < 100 || code > 599)
            p.error(QStringLiteral("http.expect_status[%1]").arg(i),
                CheckText::tr("must be an HTTP status code (100–599), got %1").arg(code));
    }
    if (http.maxBodyBytes < 1 || http.maxBodyBytes > maxBodyCap)
        p.error(QStringLiteral("http.max_body_bytes"),
            CheckText::tr("must be 1 … %1 bytes, got %2").arg(maxBodyCap).arg(http.maxBodyBytes));
    if (http.tlsWarnDays < 0)
        p.error(QStringLiteral("http.tls_warn_days"), CheckText::tr("must not be negative"));
    if (http.tlsCritDays < 0)
        p.error(QStringLiteral("http.tls_crit_days"), CheckText::tr("must not be negative"));
    if (http.tlsCritDays > http.tlsWarnDays)
        p.error(QStringLiteral("http.tls_crit_days"),
            CheckText::tr("must not be above tls_warn_days (%1), got %2")
                .arg(http.tlsWarnDays)
                .arg(http.tlsCritDays));
    if (!http.caFile.isEmpty()) {
        const QString resolved = resolveWorkspaceFile(http.caFile, baseDir);
        const QFileInfo info(resolved);
        if (!info.exists())
            p.error(
                QStringLiteral("http.ca_file"), CheckText::tr("file not found: %1").arg(resolved));
        else if (!info.isFile() || !info.isReadable())
            p.error(
                QStringLiteral("http.ca_file"), CheckText::tr("cannot be read: %1").arg(resolved));
    }
}

Thresholds chartLimits(const CheckSpec &c, const QString &metric)
{
    if (metric == QLatin1String("response_ms"))
        return checkKind(CheckType::Http).limits(c);
    if (metric == QLatin1String("tls_days_left"))
        return {double(c.http.tlsWarnDays), double(c.http.tlsCritDays)};
    return {};
}

EditorField daysField(
    const char *objectName, const char *label, const char *errorKey, int HttpSpec::*member)
{
    return {.kind = EditorField::Kind::Integer,
        .objectName = objectName,
        .label = label,
        .errorKey = errorKey,
        .max = 3650,
        .suffix = QT_TRANSLATE_NOOP("CheckKind", " days"),
        .get = [member](const CheckSpec &c) { return QVariant(c.http.*member); },
        .set =
            [member](CheckSpec &c, const QVariant &v) {
                c.http.*member = v.toInt();
                return QString();
            }};
}

QString setExpectStatus(CheckSpec &c, const QVariant &v)
{
    c.http.expectStatus.clear();
    QStringList wrong;
    for (const QString &part : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int code = part.trimmed().toInt(&ok);
        if (ok)
            c.http.expectStatus.append(code);
        else
            wrong.append(part.trimmed());
    }
    return wrong.isEmpty()
        ? QString()
        : CheckText::tr("\"%1\" is not a status code; list codes like 200, 301").arg(wrong.first());
}

QVariant expectStatusText(const CheckSpec &c)
{
    QStringList codes;
    for (int code : c.http.expectStatus)
        codes.append(QString::number(code));
    return codes.join(QStringLiteral(", "));
}
} // namespace

const CheckKind &httpCheckKind()
{
    static const CheckKind kind {
        .type = CheckType::Http,
        .name = "http",
        .title = QT_TRANSLATE_NOOP("CheckKind", "HTTP(S) request"),
        .runner = CheckRunner::Http,
        .defaultWarn = defaults::httpWarnMs,
        .defaultCrit = defaults::httpCritMs,
        .limitSuffix = QT_TRANSLATE_NOOP("CheckKind", " ms"),
        .limitTip = QT_TRANSLATE_NOOP("CheckKind", "Response time that makes the check a warning"),
        .settingKeys = {QStringLiteral("http")},
        .readSettings = readSettings,
        .writeSettings = writeSettings,
        .validate = validate,
        .editorTitle = QT_TRANSLATE_NOOP("CheckKind", "HTTP(S)"),
        .editorFields =
            {
                {.kind = EditorField::Kind::Text,
                    .objectName = "checkUrl",
                    .label = QT_TRANSLATE_NOOP("CheckKind", "&URL:"),
                    .hint = "https://example.com/health",
                    .errorKey = "http.url",
                    .get = [](const CheckSpec &c) { return QVariant(c.http.url.toString()); },
                    .set =
                        [](CheckSpec &c, const QVariant &v) {
                            c.http.url = QUrl(v.toString().trimmed(), QUrl::StrictMode);
                            return QString();
                        }},
                {.kind = EditorField::Kind::Choice,
                    .objectName = "checkMethod",
                    .label = QT_TRANSLATE_NOOP("CheckKind", "&Method:"),
                    .errorKey = "http.method",
                    .choices = {QStringLiteral("GET"), QStringLiteral("HEAD"),
                        QStringLiteral("POST"), QStringLiteral("OPTIONS")},
                    .get =
                        [](const CheckSpec &c) {
                            return QVariant(QString::fromLatin1(c.http.method));
                        },
                    .set =
                        [](CheckSpec &c, const QVariant &v) {
                            c.http.method = v.toString().trimmed().toUpper().toLatin1();
                            return QString();
                        }},
                {.kind = EditorField::Kind::Text,
                    .objectName = "checkExpect",
                    .label = QT_TRANSLATE_NOOP("CheckKind", "&Expected status:"),
                    .hint = QT_TRANSLATE_NOOP("CheckKind", "any 2xx; or e.g. 200, 301"),
                    .errorKey = "http.expect_status",
                    .get = expectStatusText,
                    .set = setExpectStatus},
                {.kind = EditorField::Kind::Flag,
                    .objectName = "checkFollow",
                    .label = QT_TRANSLATE_NOOP("CheckKind", "Follow redirects"),
                    .errorKey = "http.follow_redirects",
                    .get = [](const CheckSpec &c) { return QVariant(c.http.followRedirects); },
                    .set =
                        [](CheckSpec &c, const QVariant &v) {
                            c.http.followRedirects = v.toBool();
                            return QString();
                        }},
                textField("checkKeyword", QT_TRANSLATE_NOOP("CheckKind", "Page &contains:"),
                    QT_TRANSLATE_NOOP("CheckKind", "text the page must contain"), "http.keyword",
                    &CheckSpec::http, &HttpSpec::keyword, false),
                textField("checkKeywordAbsent",
                    QT_TRANSLATE_NOOP("CheckKind", "Page must &not contain:"),
                    QT_TRANSLATE_NOOP("CheckKind", "e.g. Traceback, Maintenance"),
                    "http.keyword_absent", &CheckSpec::http, &HttpSpec::keywordAbsent, false),
                daysField("checkTlsWarn", QT_TRANSLATE_NOOP("CheckKind", "Certificate warning at:"),
                    "http.tls_warn_days", &HttpSpec::tlsWarnDays),
                daysField("checkTlsCrit",
                    QT_TRANSLATE_NOOP("CheckKind", "Certificate critical at:"),
                    "http.tls_crit_days", &HttpSpec::tlsCritDays),
                {.kind = EditorField::Kind::File,
                    .objectName = "checkCaFile",
                    .label = QT_TRANSLATE_NOOP("CheckKind", "CA file:"),
                    .hint = QT_TRANSLATE_NOOP("CheckKind", "only for a private CA (PEM file)"),
                    .fileFilter =
                        QT_TRANSLATE_NOOP("CheckKind", "PEM files (*.pem *.crt);;All files (*)"),
                    .errorKey = "http.ca_file",
                    .get = [](const CheckSpec &c) { return QVariant(c.http.caFile); },
                    .set =
                        [](CheckSpec &c, const QVariant &v) {
                            c.http.caFile = v.toString().trimmed();
                            return QString();
                        }},
            },
        .headlineMetric = "response_ms",
        .metricLabels =
            {
                {"response_ms", QT_TRANSLATE_NOOP("CheckKind", "Response time")},
                {"status_code", QT_TRANSLATE_NOOP("CheckKind", "HTTP status code")},
                {"body_bytes", QT_TRANSLATE_NOOP("CheckKind", "Response size")},
                {"tls_days_left", QT_TRANSLATE_NOOP("CheckKind", "TLS certificate days left")},
            },
        .chartLimits = chartLimits,
    };
    return kind;
}

} // namespace dozor
