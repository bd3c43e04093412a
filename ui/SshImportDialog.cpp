#include "SshImportDialog.h"

#include "core/DefaultWorkspace.h"
#include "core/WorkspaceDocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dozor {

namespace {
constexpr qint64 maxConfigBytes = qint64 {4} * 1024 * 1024;
}

SshImportDialog::SshImportDialog(WorkspaceDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_file(new QLineEdit(QDir::home().filePath(QStringLiteral(".ssh/config")), this))
    , m_list(new QListWidget(this))
    , m_notes(new QLabel(this))
    , m_import(nullptr)
    , m_standardChecks(new QCheckBox(
          tr("Add the standard host checks to each server (CPU, load, memory, disks, uptime)"),
          this))
{
    m_standardChecks->setObjectName(QStringLiteral("sshImportStandardChecks"));
    m_standardChecks->setChecked(true);
    setObjectName(QStringLiteral("sshImportDialog"));
    setWindowTitle(tr("Import servers from SSH config"));
    m_file->setObjectName(QStringLiteral("sshImportFile"));
    m_list->setObjectName(QStringLiteral("sshImportList"));
    m_notes->setObjectName(QStringLiteral("sshImportNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *picker = new QFileDialog(
            this, tr("SSH client config"), QFileInfo(m_file->text()).absolutePath());
        picker->setAttribute(Qt::WA_DeleteOnClose);
        picker->setFileMode(QFileDialog::ExistingFile);
        picker->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        connect(picker, &QFileDialog::fileSelected, this, [this](const QString &f) {
            m_file->setText(f);
            reload();
        });
        picker->open();
    });
    connect(m_file, &QLineEdit::editingFinished, this, &SshImportDialog::reload);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("&File:"), this));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    qobject_cast<QLabel *>(fileRow->itemAt(0)->widget())->setBuddy(m_file);

    auto *note = new QLabel(tr("Dozor takes Host, HostName, Port, User, IdentityFile and "
                               "ProxyJump (jump hosts); hosts reached through a ProxyCommand are "
                               "not imported, and nothing else in the file (host-key options) has "
                               "any effect. Each host key is asked about on its first connection."),
        this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("sshImportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SshImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SshImportDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        bool any = false;
        for (int i = 0; i < m_list->count(); ++i)
            any = any || m_list->item(i)->checkState() == Qt::Checked;
        m_import->setEnabled(any);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_standardChecks);
    layout->addWidget(m_notes);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(560, 420);
    reload();
}

void SshImportDialog::reload()
{
    m_list->clear();
    m_plan = {};
    QFile config(m_file->text());
    if (!config.open(QIODevice::ReadOnly)) {
        m_notes->setText(tr("Cannot read %1: %2").arg(m_file->text(), config.errorString()));
        m_import->setEnabled(false);
        return;
    }
    const SshConfigParse parsed = parseSshConfig(config.read(maxConfigBytes));
    m_plan = planSshImport(parsed.hosts, m_document->workspace());
    for (const Target &t : std::as_const(m_plan.add)) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2 (%3)").arg(t.name, t.ssh->route(), t.ssh->loginSummary()),
            m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, t.id);
    }
    for (const QString &alias : std::as_const(m_plan.skipped)) {
        auto *item = new QListWidgetItem(tr("%1 — already in the workspace").arg(alias), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    QStringList notes = parsed.notes;
    if (parsed.hosts.isEmpty())
        notes.prepend(
            tr("%1 names no hosts (only wildcard patterns, or nothing).").arg(m_file->text()));
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    m_import->setEnabled(!m_plan.add.isEmpty());
}

void SshImportDialog::accept()
{
    QList<Target> chosen;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString id = item->data(Qt::UserRole).toString();
        for (const Target &t : std::as_const(m_plan.add)) {
            if (t.id == id)
                chosen.append(t);
        }
    }
    if (chosen.isEmpty())
        return;
    const QList<CheckSpec> checks = m_standardChecks->isChecked()
        ? standardHostChecksFor(chosen, m_document->checkIds())
        : QList<CheckSpec>();
    if (const auto saved = m_document->addTargets(chosen, checks); !saved) {
        m_notes->setText(saved.error());
        m_notes->setVisible(true);
        return;
    }
    for (const Target &t : std::as_const(chosen))
        m_importedIds.append(t.id);
    QDialog::accept();
}

} // namespace dozor
