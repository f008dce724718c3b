// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteeditor.h"

#include "connectors/remoterun.h"
#include "core/ticketkind.h"
#include "storage/database.h"
#include "views/settings/passwordvault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ServiceDeck::Views {

using Connectors::Remote;
using Connectors::RemoteKind;

namespace {

enum QueueColumn { QueueName, QueueGroup, QueueKind };

} // namespace

RemoteEditor::RemoteEditor(Storage::Database &db, PasswordVault &vault, const Remote &remote,
                           QWidget *parent)
    : QDialog(parent), m_db(db), m_vault(vault), m_remote(remote)
{
    if (auto groups = db.exec(QStringLiteral("SELECT name FROM support_groups ORDER BY name"))) {
        while (groups->next())
            m_groups << groups->value(0).toString();
    }
    build();
    load();
}

void RemoteEditor::build()
{
    setWindowTitle(m_remote.id.isNull() ? tr("Add Remote Service") : tr("Edit Remote Service"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Request Tracker 5 (ticket exchange)"), remoteKindName(RemoteKind::RequestTracker));
    m_kind->addItem(tr("CalDAV calendar (change schedule)"), remoteKindName(RemoteKind::CalDav));
    m_kind->setEnabled(m_remote.id.isNull()); // links and cursors belong to one kind
    form->addRow(tr("&Kind:"), m_kind);
    m_name = new QLineEdit(this);
    form->addRow(tr("&Name:"), m_name);
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(tr("https://rt.example.com or https://cal.example.com/user/changes/"));
    form->addRow(tr("&Address:"), m_url);
    m_user = new QLineEdit(this);
    form->addRow(tr("&User:"), m_user);
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel = new QLabel(this);
    form->addRow(m_secretLabel, m_secret);
    m_secretLabel->setBuddy(m_secret);
    if (!m_vault.isPersistent()) {
        auto *noKeychain = new QLabel(tr("No keychain service answers on this computer: the "
                                         "secret is kept in memory for this run only and asked "
                                         "for again after a restart."),
                                      this);
        noKeychain->setWordWrap(true);
        noKeychain->setObjectName(QStringLiteral("noKeychainNote"));
        form->addRow(QString(), noKeychain);
    }

    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("Only for a server whose certificate the system does not trust"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    auto *caLabel = new QLabel(tr("Trusted &CA (PEM):"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Certificate Authority"), m_caFile->text(),
            tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    m_enabled = new QCheckBox(tr("&Enabled"), this);
    form->addRow(QString(), m_enabled);

    m_kindPages = new QStackedWidget(this);
    // Request Tracker: which RT queue feeds which group and kind.
    auto *rtPage = new QGroupBox(tr("RT queues"), m_kindPages);
    auto *rtLayout = new QVBoxLayout(rtPage);
    m_queues = new QTableWidget(0, 3, rtPage);
    m_queues->setHorizontalHeaderLabels({tr("RT queue"), tr("Group"), tr("Kind")});
    m_queues->horizontalHeader()->setStretchLastSection(true);
    m_queues->setAccessibleName(tr("RT queue mappings"));
    m_queues->setAccessibleDescription(
        tr("Each RT queue exchanges its tickets with the ServiceDeck group and kind of its row"));
    rtLayout->addWidget(m_queues);
    auto *queueButtons = new QHBoxLayout;
    auto *addQueue = new QPushButton(tr("Add &Queue"), rtPage);
    auto *removeQueue = new QPushButton(tr("&Remove Queue"), rtPage);
    addQueue->setObjectName(QStringLiteral("addQueueButton"));
    removeQueue->setObjectName(QStringLiteral("removeQueueButton"));
    queueButtons->addWidget(addQueue);
    queueButtons->addWidget(removeQueue);
    queueButtons->addStretch();
    rtLayout->addLayout(queueButtons);
    connect(addQueue, &QPushButton::clicked, this, [this] {
        addQueueRow(QString(), m_groups.value(0), kindName(TicketKind::Incident));
        m_queues->setCurrentCell(m_queues->rowCount() - 1, QueueName);
        m_queues->editItem(m_queues->item(m_queues->rowCount() - 1, QueueName));
    });
    connect(removeQueue, &QPushButton::clicked, this, [this] {
        if (m_queues->currentRow() >= 0)
            m_queues->removeRow(m_queues->currentRow());
    });
    m_kindPages->addWidget(rtPage);

    // CalDAV: how much of the schedule goes out.
    auto *calPage = new QGroupBox(tr("Published range"), m_kindPages);
    auto *calForm = new QFormLayout(calPage);
    m_daysBack = new QSpinBox(calPage);
    m_daysBack->setRange(0, 3650);
    m_daysBack->setSuffix(tr(" days"));
    calForm->addRow(tr("Days &back:"), m_daysBack);
    m_daysAhead = new QSpinBox(calPage);
    m_daysAhead->setRange(1, 3650);
    m_daysAhead->setSuffix(tr(" days"));
    calForm->addRow(tr("Days a&head:"), m_daysAhead);
    m_kindPages->addWidget(calPage);
    layout->addWidget(m_kindPages);

    auto *testRow = new QHBoxLayout;
    auto *test = new QPushButton(tr("&Test Connection"), this);
    test->setObjectName(QStringLiteral("testButton"));
    m_testResult = new QLabel(this);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    testRow->addWidget(test);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);
    connect(test, &QPushButton::clicked, this, &RemoteEditor::testConnection);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RemoteEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RemoteEditor::reject);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &RemoteEditor::kindChanged);
}

void RemoteEditor::load()
{
    m_kind->setCurrentIndex(m_remote.kind == RemoteKind::CalDav ? 1 : 0);
    m_name->setText(m_remote.name);
    m_url->setText(m_remote.baseUrl.toString());
    m_user->setText(m_remote.userName);
    m_caFile->setText(m_remote.settings.value(QStringLiteral("caFile")).toString());
    m_enabled->setChecked(m_remote.id.isNull() || m_remote.enabled);
    const QJsonArray queues = m_remote.settings.value(QStringLiteral("queues")).toArray();
    for (const QJsonValue &value : queues) {
        const QJsonObject mapping = value.toObject();
        addQueueRow(mapping.value(QStringLiteral("queue")).toString(),
                    mapping.value(QStringLiteral("group")).toString(),
                    mapping.value(QStringLiteral("kind")).toString());
    }
    m_daysBack->setValue(m_remote.settings.value(QStringLiteral("daysBack")).toInt(30));
    m_daysAhead->setValue(m_remote.settings.value(QStringLiteral("daysAhead")).toInt(180));
    if (!m_remote.id.isNull() && m_vault.read(m_remote.secretKey()))
        m_secret->setPlaceholderText(tr("Stored; type to replace"));
    kindChanged();
}

void RemoteEditor::kindChanged()
{
    const bool rt = m_kind->currentIndex() == 0;
    m_kindPages->setCurrentIndex(rt ? 0 : 1);
    m_secretLabel->setText(rt ? tr("&Token:") : tr("&Password:"));
    m_user->setEnabled(!rt); // RT signs in by token alone
    m_user->setToolTip(rt ? tr("Request Tracker signs in with the token alone") : QString());
}

void RemoteEditor::addQueueRow(const QString &queue, const QString &group, const QString &kind)
{
    const int row = m_queues->rowCount();
    m_queues->insertRow(row);
    m_queues->setItem(row, QueueName, new QTableWidgetItem(queue));
    auto *groups = new QComboBox(m_queues);
    groups->addItems(m_groups);
    groups->setCurrentText(group);
    groups->setAccessibleName(tr("Group for row %1").arg(row + 1));
    m_queues->setCellWidget(row, QueueGroup, groups);
    auto *kinds = new QComboBox(m_queues);
    for (TicketKind each : allTicketKinds()) {
        if (each != TicketKind::Change)
            kinds->addItem(kindLabel(each), kindName(each));
    }
    kinds->setCurrentIndex(std::max(0, kinds->findData(kind)));
    kinds->setAccessibleName(tr("Kind for row %1").arg(row + 1));
    m_queues->setCellWidget(row, QueueKind, kinds);
}

QString RemoteEditor::secret() const
{
    return m_secret->text();
}

bool RemoteEditor::collect(Remote &remote, QString &error) const
{
    remote = m_remote;
    remote.kind = m_kind->currentIndex() == 0 ? RemoteKind::RequestTracker : RemoteKind::CalDav;
    remote.name = m_name->text().trimmed();
    remote.baseUrl = QUrl(m_url->text().trimmed());
    remote.userName = remote.kind == RemoteKind::CalDav ? m_user->text().trimmed() : QString();
    remote.enabled = m_enabled->isChecked();
    QJsonObject settings = remote.settings;
    const QString caFile = m_caFile->text().trimmed();
    if (caFile.isEmpty())
        settings.remove(QStringLiteral("caFile"));
    else
        settings.insert(QStringLiteral("caFile"), caFile);
    if (remote.kind == RemoteKind::RequestTracker) {
        QJsonArray queues;
        QSet<QString> seen;
        for (int row = 0; row < m_queues->rowCount(); ++row) {
            const QString queue = m_queues->item(row, QueueName)
                                      ? m_queues->item(row, QueueName)->text().trimmed()
                                      : QString();
            if (queue.isEmpty()) {
                error = tr("RT queues, row %1: the RT queue name is empty").arg(row + 1);
                return false;
            }
            if (seen.contains(queue)) {
                error = tr("RT queues, row %1: the queue \"%2\" is mapped twice").arg(row + 1).arg(queue);
                return false;
            }
            seen.insert(queue);
            const auto *group = qobject_cast<QComboBox *>(m_queues->cellWidget(row, QueueGroup));
            const auto *kind = qobject_cast<QComboBox *>(m_queues->cellWidget(row, QueueKind));
            if (!group || group->currentText().isEmpty()) {
                error = tr("RT queues, row %1: choose the group its tickets go to").arg(row + 1);
                return false;
            }
            queues.append(QJsonObject{{QStringLiteral("queue"), queue},
                                      {QStringLiteral("group"), group->currentText()},
                                      {QStringLiteral("kind"), kind->currentData().toString()}});
        }
        if (queues.isEmpty()) {
            error = tr("RT queues: map at least one RT queue to a group");
            return false;
        }
        settings.insert(QStringLiteral("queues"), queues);
    } else {
        settings.insert(QStringLiteral("daysBack"), m_daysBack->value());
        settings.insert(QStringLiteral("daysAhead"), m_daysAhead->value());
        if (remote.userName.isEmpty()) {
            error = tr("User: a CalDAV calendar needs the user to sign in as");
            return false;
        }
    }
    remote.settings = settings;
    return true;
}

void RemoteEditor::testConnection()
{
    Remote candidate;
    QString error;
    if (!collect(candidate, error)) {
        m_testResult->setText(error);
        return;
    }
    QByteArray secret = m_secret->text().toUtf8();
    if (secret.isEmpty() && !m_remote.id.isNull())
        secret = m_vault.read(m_remote.secretKey()).value_or(QString()).toUtf8();
    m_testResult->setText(tr("Connecting…"));
    setCursor(Qt::BusyCursor);
    const auto result = Connectors::testRemote(candidate, secret);
    unsetCursor();
    m_testResult->setText(result ? *result : result.error().message);
    m_testResult->setAccessibleDescription(m_testResult->text());
}

void RemoteEditor::accept()
{
    Remote edited;
    QString error;
    if (collect(edited, error)) {
        Connectors::RemoteRepository remotes(m_db);
        auto saved = remotes.save(edited);
        if (saved) {
            m_remote = *saved;
            if (!m_secret->text().isEmpty())
                m_vault.write(m_remote.secretKey(), m_secret->text());
            QDialog::accept();
            return;
        }
        error = saved.error().message;
    }
    m_error->setText(error);
    m_error->show();
}

} // namespace ServiceDeck::Views
