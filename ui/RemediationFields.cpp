#include "RemediationFields.h"

#include "FieldErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace dozor {

RemediationFields::RemediationFields(FieldErrors *errors, QWidget *parent)
    : QGroupBox(tr("When it fails"), parent)
    , m_form(new QFormLayout(this))
    , m_action(new QComboBox(this))
    , m_unit(new QLineEdit(this))
    , m_path(new QLineEdit(this))
    , m_owner(new QLineEdit(this))
    , m_group(new QLineEdit(this))
    , m_mode(new QLineEdit(this))
    , m_recursive(new QCheckBox(tr("Also everything inside (chown/chmod -R)"), this))
    , m_run(new QLineEdit(this))
    , m_sudo(new QCheckBox(tr("Through sudo -n (no password prompt; needs a sudoers rule)"), this))
    , m_automatic(new QCheckBox(tr("Do it automatically when the incident opens"), this))
    , m_attempts(new QSpinBox(this))
{
    setObjectName(QStringLiteral("remediationFields"));
    m_action->setObjectName(QStringLiteral("remediationAction"));
    m_action->addItem(tr("Nothing (just alert)"), static_cast<int>(Remediation::Action::None));
    m_action->addItem(
        tr("Restart a systemd unit"), static_cast<int>(Remediation::Action::RestartUnit));
    m_action->addItem(
        tr("Fix a path's owner and mode"), static_cast<int>(Remediation::Action::FixPath));
    m_action->addItem(tr("Run a command"), static_cast<int>(Remediation::Action::Command));
    m_unit->setObjectName(QStringLiteral("remediationUnit"));
    m_unit->setPlaceholderText(tr("e.g. gunicorn"));
    m_path->setObjectName(QStringLiteral("remediationPath"));
    m_path->setPlaceholderText(tr("e.g. /srv/www/site"));
    m_owner->setObjectName(QStringLiteral("remediationOwner"));
    m_owner->setPlaceholderText(tr("unchanged; or e.g. www-data"));
    m_group->setObjectName(QStringLiteral("remediationGroup"));
    m_group->setPlaceholderText(tr("unchanged; or e.g. www-data"));
    m_mode->setObjectName(QStringLiteral("remediationMode"));
    m_mode->setPlaceholderText(tr("unchanged; or e.g. 755"));
    m_run->setObjectName(QStringLiteral("remediationRun"));
    m_run->setPlaceholderText(tr("a shell command run by the login account"));
    m_sudo->setObjectName(QStringLiteral("remediationSudo"));
    m_automatic->setObjectName(QStringLiteral("remediationAutomatic"));
    m_attempts->setObjectName(QStringLiteral("remediationAttempts"));
    m_attempts->setRange(1, 20);
    m_attempts->setSuffix(tr(" at most"));

    errors->addRow(m_form, tr("&Action:"), m_action, QStringLiteral("remediation.action"));
    errors->addRow(m_form, tr("&Unit:"), m_unit, QStringLiteral("remediation.unit"));
    errors->addRow(m_form, tr("&Path:"), m_path, QStringLiteral("remediation.path"));
    errors->addRow(m_form, tr("O&wner:"), m_owner, QStringLiteral("remediation.owner"));
    errors->addRow(m_form, tr("&Group:"), m_group, QStringLiteral("remediation.group"));
    errors->addRow(m_form, tr("&Mode:"), m_mode, QStringLiteral("remediation.mode"));
    m_form->addRow(QString(), m_recursive);
    errors->addRow(m_form, tr("Co&mmand:"), m_run, QStringLiteral("remediation.run"));
    m_form->addRow(QString(), m_sudo);
    m_form->addRow(QString(), m_automatic);
    errors->addRow(m_form, tr("Attempts:"), m_attempts, QStringLiteral("remediation.max_attempts"));
    connect(m_action, &QComboBox::currentIndexChanged, this, &RemediationFields::updateAction);
    connect(m_automatic, &QCheckBox::toggled, this, &RemediationFields::updateAction);
    set(Remediation {});
}

void RemediationFields::set(const Remediation &r)
{
    m_action->setCurrentIndex(m_action->findData(static_cast<int>(r.action)));
    m_unit->setText(r.unit);
    m_path->setText(r.path);
    m_owner->setText(r.owner);
    m_group->setText(r.group);
    m_mode->setText(r.mode);
    m_recursive->setChecked(r.recursive);
    m_run->setText(r.run);
    m_sudo->setChecked(r.sudo);
    m_automatic->setChecked(r.automatic);
    m_attempts->setValue(r.maxAttempts);
    updateAction();
}

Remediation RemediationFields::applied(Remediation r) const
{
    r.action = static_cast<Remediation::Action>(m_action->currentData().toInt());
    r.unit = r.action == Remediation::Action::RestartUnit ? m_unit->text().trimmed() : QString();
    const bool fix = r.action == Remediation::Action::FixPath;
    r.path = fix ? m_path->text().trimmed() : QString();
    r.owner = fix ? m_owner->text().trimmed() : QString();
    r.group = fix ? m_group->text().trimmed() : QString();
    r.mode = fix ? m_mode->text().trimmed() : QString();
    r.recursive = fix && m_recursive->isChecked();
    r.run = r.action == Remediation::Action::Command ? m_run->text().trimmed() : QString();
    r.sudo = r.action != Remediation::Action::Command && r.isSet() && m_sudo->isChecked();
    r.automatic = r.isSet() && m_automatic->isChecked();
    r.maxAttempts = m_attempts->value();
    return r;
}

void RemediationFields::updateAction()
{
    const auto action = static_cast<Remediation::Action>(m_action->currentData().toInt());
    const bool any = action != Remediation::Action::None;
    const bool fix = action == Remediation::Action::FixPath;
    // FieldErrors keeps each field in a container with its message line: rows by container.
    m_form->setRowVisible(m_unit->parentWidget(), action == Remediation::Action::RestartUnit);
    for (QWidget *w : {static_cast<QWidget *>(m_path), static_cast<QWidget *>(m_owner),
             static_cast<QWidget *>(m_group), static_cast<QWidget *>(m_mode)})
        m_form->setRowVisible(w->parentWidget(), fix);
    m_form->setRowVisible(m_recursive, fix);
    m_form->setRowVisible(m_run->parentWidget(), action == Remediation::Action::Command);
    m_form->setRowVisible(m_sudo, any && action != Remediation::Action::Command);
    m_form->setRowVisible(m_automatic, any);
    m_form->setRowVisible(m_attempts->parentWidget(), any && m_automatic->isChecked());
}

} // namespace dozor
