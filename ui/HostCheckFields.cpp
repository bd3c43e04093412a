#include "HostCheckFields.h"

#include "FieldErrors.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedLayout>

namespace dozor {

namespace {
QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part :
        text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        out.append(part);
    return out;
}

QLineEdit *lineEdit(QWidget *parent, const char *name, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}
} // namespace

HostCheckFields::HostCheckFields(FieldErrors *errors, QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_empty(page(m_stack))
    , m_servicePage(page(m_stack))
    , m_processPage(page(m_stack))
    , m_pathPage(page(m_stack))
    , m_logPage(page(m_stack))
    , m_commandPage(page(m_stack))
    , m_units(lineEdit(m_servicePage, "checkUnits", tr("e.g. nginx, gunicorn")))
    , m_allowed(lineEdit(m_servicePage, "checkAllowedStates", tr("active")))
    , m_processName(lineEdit(m_processPage, "checkProcessName", tr("e.g. gunicorn (exact name)")))
    , m_processPattern(lineEdit(
          m_processPage, "checkProcessPattern", tr("or a regular expression on the command line")))
    , m_processMin(new QSpinBox(m_processPage))
    , m_processMax(new QSpinBox(m_processPage))
    , m_path(lineEdit(m_pathPage, "checkPath", tr("e.g. /srv/www/site")))
    , m_owner(lineEdit(m_pathPage, "checkOwner", tr("any")))
    , m_group(lineEdit(m_pathPage, "checkGroup", tr("any")))
    , m_mode(lineEdit(m_pathPage, "checkMode", tr("any; or e.g. 755")))
    , m_readableBy(
          lineEdit(m_pathPage, "checkReadableBy", tr("e.g. www-data (the web server's account)")))
    , m_logFile(lineEdit(m_logPage, "checkLogFile", tr("e.g. /var/log/app/error.log")))
    , m_logPattern(lineEdit(m_logPage, "checkLogPattern", tr("e.g. ERROR|CRITICAL")))
    , m_command(
          lineEdit(m_commandPage, "checkCommand", tr("a shell command run by the login account")))
    , m_expectExit(new QSpinBox(m_commandPage))
    , m_outputRegex(lineEdit(m_commandPage, "checkOutputRegex", tr("optional regular expression")))
{
    m_stack->setContentsMargins(0, 0, 0, 0);
    auto form = [](QWidget *page) {
        auto *f = new QFormLayout(page);
        f->setContentsMargins(0, 0, 0, 0);
        return f;
    };
    QFormLayout *service = form(m_servicePage);
    errors->addRow(service, tr("systemd &units:"), m_units, QStringLiteral("service.units"));
    errors->addRow(
        service, tr("Allowed &states:"), m_allowed, QStringLiteral("service.allowed_states"));

    m_processMin->setObjectName(QStringLiteral("checkProcessMin"));
    m_processMin->setRange(0, 100000);
    m_processMax->setObjectName(QStringLiteral("checkProcessMax"));
    m_processMax->setRange(-1, 100000);
    m_processMax->setSpecialValueText(tr("no limit"));
    QFormLayout *process = form(m_processPage);
    errors->addRow(process, tr("Process &name:"), m_processName, QStringLiteral("process.name"));
    errors->addRow(
        process, tr("Command-line &pattern:"), m_processPattern, QStringLiteral("process.pattern"));
    errors->addRow(process, tr("At &least:"), m_processMin, QStringLiteral("process.min"));
    errors->addRow(process, tr("At &most:"), m_processMax, QStringLiteral("process.max"));

    QFormLayout *path = form(m_pathPage);
    errors->addRow(path, tr("&Path:"), m_path, QStringLiteral("path.path"));
    errors->addRow(path, tr("&Owner:"), m_owner, QStringLiteral("path.owner"));
    errors->addRow(path, tr("&Group:"), m_group, QStringLiteral("path.group"));
    errors->addRow(path, tr("&Mode:"), m_mode, QStringLiteral("path.mode"));
    errors->addRow(path, tr("&Readable by:"), m_readableBy, QStringLiteral("path.readable_by"));

    QFormLayout *log = form(m_logPage);
    errors->addRow(log, tr("Log &file:"), m_logFile, QStringLiteral("log.file"));
    errors->addRow(log, tr("Lines &matching:"), m_logPattern, QStringLiteral("log.pattern"));

    m_expectExit->setObjectName(QStringLiteral("checkExpectExit"));
    m_expectExit->setRange(0, 255);
    QFormLayout *command = form(m_commandPage);
    errors->addRow(command, tr("&Command:"), m_command, QStringLiteral("command.run"));
    errors->addRow(
        command, tr("E&xpected exit status:"), m_expectExit, QStringLiteral("command.expect_exit"));
    errors->addRow(
        command, tr("&Output must match:"), m_outputRegex, QStringLiteral("command.output_regex"));
    setType(CheckType::Http);
}

QWidget *HostCheckFields::page(QStackedLayout *stack)
{
    auto *w = new QWidget(this);
    stack->addWidget(w);
    return w;
}

void HostCheckFields::setType(CheckType type)
{
    QWidget *shown = m_empty;
    switch (type) {
    case CheckType::Service:
        shown = m_servicePage;
        break;
    case CheckType::Process:
        shown = m_processPage;
        break;
    case CheckType::Path:
        shown = m_pathPage;
        break;
    case CheckType::Log:
        shown = m_logPage;
        break;
    case CheckType::Command:
        shown = m_commandPage;
        break;
    case CheckType::Http:
    case CheckType::Cpu:
    case CheckType::Load:
    case CheckType::Memory:
    case CheckType::Disk:
    case CheckType::Uptime:
        break;
    }
    m_stack->setCurrentWidget(shown);
    setVisible(shown != m_empty);
}

void HostCheckFields::load(const CheckSpec &c)
{
    m_units->setText(c.service.units.join(QStringLiteral(", ")));
    m_allowed->setText(c.service.allowedStates.join(QStringLiteral(", ")));
    m_processName->setText(c.process.name);
    m_processPattern->setText(c.process.pattern);
    m_processMin->setValue(c.process.min);
    m_processMax->setValue(c.process.max.value_or(-1));
    m_path->setText(c.path.path);
    m_owner->setText(c.path.owner);
    m_group->setText(c.path.group);
    m_mode->setText(c.path.mode);
    m_readableBy->setText(c.path.readableBy);
    m_logFile->setText(c.log.file);
    m_logPattern->setText(c.log.pattern);
    m_command->setText(c.command.run);
    m_expectExit->setValue(c.command.expectExit);
    m_outputRegex->setText(c.command.outputRegex);
}

void HostCheckFields::apply(CheckSpec &c) const
{
    switch (c.type) {
    case CheckType::Service:
        c.service.units = splitList(m_units->text());
        c.service.allowedStates = splitList(m_allowed->text());
        break;
    case CheckType::Process:
        c.process.name = m_processName->text().trimmed();
        c.process.pattern = m_processPattern->text();
        c.process.min = m_processMin->value();
        c.process.max =
            m_processMax->value() < 0 ? std::nullopt : std::optional(m_processMax->value());
        break;
    case CheckType::Path:
        c.path.path = m_path->text().trimmed();
        c.path.owner = m_owner->text().trimmed();
        c.path.group = m_group->text().trimmed();
        c.path.mode = m_mode->text().trimmed();
        c.path.readableBy = m_readableBy->text().trimmed();
        break;
    case CheckType::Log:
        c.log.file = m_logFile->text().trimmed();
        c.log.pattern = m_logPattern->text();
        break;
    case CheckType::Command:
        c.command.run = m_command->text();
        c.command.expectExit = m_expectExit->value();
        c.command.outputRegex = m_outputRegex->text();
        break;
    case CheckType::Http:
    case CheckType::Cpu:
    case CheckType::Load:
    case CheckType::Memory:
    case CheckType::Disk:
    case CheckType::Uptime:
        break;
    }
}

QList<QWidget *> HostCheckFields::tabOrder() const
{
    return {m_units, m_allowed, m_processName, m_processPattern, m_processMin, m_processMax, m_path,
        m_owner, m_group, m_mode, m_readableBy, m_logFile, m_logPattern, m_command, m_expectExit,
        m_outputRegex};
}

} // namespace dozor
