#include "TargetDialog.h"

#include "core/WorkspaceDocument.h"
#include "core/WorkspaceValidator.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dozor {

TargetDialog::TargetDialog(WorkspaceDocument *document, const QString &previousId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_previousId(previousId)
    , m_name(new QLineEdit(this))
    , m_id(new QLineEdit(this))
    , m_local(new QRadioButton(tr("This computer"), this))
    , m_ssh(new QRadioButton(tr("A server reached over SSH"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_general(new QLabel(this))
    , m_errors(m_general)
{
    setObjectName(QStringLiteral("targetDialog"));
    setWindowTitle(previousId.isEmpty() ? tr("Add server") : tr("Edit server"));
    m_name->setObjectName(QStringLiteral("targetName"));
    m_name->setPlaceholderText(tr("e.g. Web shop (production)"));
    m_id->setObjectName(QStringLiteral("targetId"));
    m_id->setToolTip(tr("A short name used in the workspace file, history and command line"));
    m_local->setObjectName(QStringLiteral("targetLocal"));
    m_ssh->setObjectName(QStringLiteral("targetSsh"));
    m_host->setObjectName(QStringLiteral("targetHost"));
    m_host->setPlaceholderText(tr("host name or IP address"));
    m_port->setObjectName(QStringLiteral("targetPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    m_user->setObjectName(QStringLiteral("targetUser"));
    m_user->setPlaceholderText(tr("login name (empty: your own)"));
    m_tags->setObjectName(QStringLiteral("targetTags"));
    m_tags->setPlaceholderText(tr("e.g. production, shop"));

    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_local);
    kinds->addButton(m_ssh);
    auto *kindRow = new QWidget(this);
    auto *kindLayout = new QHBoxLayout(kindRow);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    kindLayout->addWidget(m_ssh);
    kindLayout->addWidget(m_local);
    kindLayout->addStretch(1);

    auto *form = new QFormLayout;
    m_errors.addRow(form, tr("&Name:"), m_name, QStringLiteral("name"));
    m_errors.addRow(form, tr("&ID:"), m_id, QStringLiteral("id"));
    form->addRow(tr("Kind:"), kindRow);
    m_errors.addRow(form, tr("&Host:"), m_host, QStringLiteral("ssh.host"));
    m_errors.addRow(form, tr("&Port:"), m_port, QStringLiteral("ssh.port"));
    m_errors.addRow(form, tr("&User:"), m_user, QStringLiteral("ssh.user"));
    m_errors.addRow(form, tr("&Tags:"), m_tags, QStringLiteral("tags"));

    auto *note = new QLabel(tr("HTTP(S) checks work for any server. Resource checks (disk, "
                               "memory, load) over SSH arrive in a later version; for now they "
                               "run on this computer only."),
        this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("targetSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TargetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TargetDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    m_general->setObjectName(QStringLiteral("targetError"));
    layout->addWidget(m_general);
    layout->addStretch(1);
    layout->addWidget(buttons);

    const Target *existing = m_document->workspace().target(previousId);
    if (existing) {
        m_name->setText(existing->name);
        m_id->setText(existing->id);
        m_idEdited = true;
        m_local->setChecked(existing->local);
        m_ssh->setChecked(!existing->local);
        if (existing->ssh) {
            m_host->setText(existing->ssh->host);
            m_port->setValue(existing->ssh->port);
            m_user->setText(existing->ssh->user);
        }
        m_tags->setText(existing->tags.join(QStringLiteral(", ")));
    } else {
        m_ssh->setChecked(true);
    }
    // The id follows the name until the user types one.
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_idEdited)
            m_id->setText(WorkspaceDocument::suggestId(name, m_document->targetIds()));
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    connect(m_local, &QRadioButton::toggled, this, &TargetDialog::updateKind);
    updateKind();
    resize(480, sizeHint().height());
}

void TargetDialog::updateKind()
{
    const bool ssh = m_ssh->isChecked();
    m_host->setEnabled(ssh);
    m_port->setEnabled(ssh);
    m_user->setEnabled(ssh);
}

Target TargetDialog::target() const
{
    Target t;
    t.id = m_id->text().trimmed();
    t.name = m_name->text().trimmed();
    t.local = m_local->isChecked();
    if (!t.local) {
        SshEndpoint ssh;
        ssh.host = m_host->text().trimmed();
        ssh.port = m_port->value();
        ssh.user = m_user->text().trimmed();
        t.ssh = ssh;
    }
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            t.tags.append(tag.trimmed());
    }
    return t;
}

bool TargetDialog::validate()
{
    const Target t = target();
    QList<Diagnostic> problems = validateTarget(t, QStringLiteral("target"));
    if (t.id != m_previousId && m_document->workspace().target(t.id))
        problems.append({Diagnostic::Severity::Error, QStringLiteral("target.id"),
            tr("is already used by another server")});
    return !m_errors.show(problems, QStringLiteral("target"));
}

void TargetDialog::accept()
{
    if (!validate())
        return;
    const Target t = target();
    if (const auto saved = m_document->putTarget(t, m_previousId); !saved) {
        m_errors.showGeneral(saved.error());
        return;
    }
    m_savedId = t.id;
    QDialog::accept();
}

} // namespace dozor
