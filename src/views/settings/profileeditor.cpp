// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileeditor.h"
#include "ui_profileeditor.h"

#include "connectionurls.h"
#include "firstrundialog.h"
#include "profilestore.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QPushButton>

namespace ServiceDeck::Views {

namespace {

const QString sqlitePrefix = QStringLiteral("sqlite:");

} // namespace

ProfileEditor::ProfileEditor(ProfileStore &store, const Sync::ConnectionProfile &profile,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileEditor>())
    , m_store(store)
    , m_profile(profile)
    , m_previousName(profile.name)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("profileEditor"));
    setWindowTitle(profile.name.isEmpty() ? tr("New Connection Profile")
                                          : tr("Connection Profile \"%1\"").arg(profile.name));
    for (auto mode : {Sync::ConnectionMode::Standalone, Sync::ConnectionMode::Direct,
                      Sync::ConnectionMode::Cached})
        m_ui->modeCombo->addItem(modeLabel(mode), int(mode));
    m_ui->modeCombo->setCurrentIndex(m_ui->modeCombo->findData(int(profile.mode)));
    m_ui->nameEdit->setText(profile.name);
    QString database = profile.databaseUrl;
    if (database.startsWith(sqlitePrefix))
        database = QDir::toNativeSeparators(database.mid(sqlitePrefix.size()));
    m_ui->databaseEdit->setText(database);
    m_ui->hubUrlEdit->setText(profile.hubUrl);
    const QString kept = tr("(kept; type to change)");
    if (!profile.name.isEmpty()) {
        if (store.hasPassword(profile.name, ProfileStore::Secret::Database))
            m_ui->databasePasswordEdit->setPlaceholderText(kept);
        if (store.hasPassword(profile.name, ProfileStore::Secret::Hub))
            m_ui->hubPasswordEdit->setPlaceholderText(kept);
    }
    m_ui->keychainLabel->setText(FirstRunDialog::keychainNote(store.keepsPasswords()));

    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, [this] { updateFields(); });
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Database File"), m_ui->databaseEdit->text(),
            tr("SQLite databases (*.db *.sqlite);;All files (*)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_ui->databaseEdit->setText(QDir::toNativeSeparators(path));
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, [this] {
        const bool direct = mode() == Sync::ConnectionMode::Direct;
        const QString url = direct ? m_ui->databaseEdit->text() : m_ui->hubUrlEdit->text();
        QString password = direct ? m_ui->databasePasswordEdit->text()
                                  : m_ui->hubPasswordEdit->text();
        const auto which = direct ? ProfileStore::Secret::Database : ProfileStore::Secret::Hub;
        if (password.isEmpty() && !m_previousName.isEmpty())
            password = m_store.password(m_previousName, which).value_or(QString());
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto split = splitPassword(url);
        const auto tested = split ? testConnection(withPassword(
                                        split->url, password.isEmpty() ? split->password : password))
                                  : Result<void>(split.error());
        QApplication::restoreOverrideCursor();
        m_ui->testResultLabel->setText(tested ? tr("The connection works.")
                                              : tested.error().message);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileEditor::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileEditor::reject);
    updateFields();
}

ProfileEditor::~ProfileEditor() = default;

Sync::ConnectionMode ProfileEditor::mode() const
{
    return Sync::ConnectionMode(m_ui->modeCombo->currentData().toInt());
}

void ProfileEditor::updateFields()
{
    const Sync::ConnectionMode current = mode();
    const bool direct = current == Sync::ConnectionMode::Direct;
    const bool cached = current == Sync::ConnectionMode::Cached;
    m_ui->databaseLabel->setText(direct ? tr("Database &URL:")
                                        : cached ? tr("&Replica file:") : tr("&Database file:"));
    m_ui->databaseEdit->setPlaceholderText(
        direct ? QStringLiteral("postgresql://user@host:5432/servicedeck") : QString());
    m_ui->browseButton->setVisible(!direct);
    m_ui->databasePasswordLabel->setVisible(direct);
    m_ui->databasePasswordEdit->setVisible(direct);
    m_ui->hubUrlLabel->setVisible(cached);
    m_ui->hubUrlEdit->setVisible(cached);
    m_ui->hubPasswordLabel->setVisible(cached);
    m_ui->hubPasswordEdit->setVisible(cached);
    m_ui->testButton->setVisible(direct || cached);
    m_ui->keychainLabel->setVisible(direct || cached);
    m_ui->testResultLabel->clear();
}

void ProfileEditor::accept()
{
    const Sync::ConnectionMode current = mode();
    QString database = m_ui->databaseEdit->text().trimmed();
    if (current != Sync::ConnectionMode::Direct && !database.isEmpty()
        && !database.startsWith(sqlitePrefix))
        database = sqlitePrefix + QDir::fromNativeSeparators(database);
    auto parsed = profileFromUrls(database, current == Sync::ConnectionMode::Cached
                                                ? m_ui->hubUrlEdit->text()
                                                : QString());
    QString problem;
    if (database.isEmpty())
        problem = tr("The profile needs a database.");
    else if (!parsed)
        problem = parsed.error().message;
    else if (current == Sync::ConnectionMode::Cached && m_ui->hubUrlEdit->text().trimmed().isEmpty())
        problem = tr("Cached mode needs the postgresql:// URL of the hub.");
    else if (parsed->mode != current)
        problem = current == Sync::ConnectionMode::Direct
            ? tr("Direct mode needs a postgresql:// URL.")
            : tr("Standalone and cached mode keep their data in a local file.");
    if (!problem.isEmpty()) {
        m_ui->testResultLabel->setText(problem);
        m_ui->databaseEdit->setFocus();
        return;
    }
    Sync::ConnectionProfile profile = *parsed;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.login = m_profile.login;
    auto stored = m_store.save(profile, m_ui->databasePasswordEdit->text(),
                               m_ui->hubPasswordEdit->text(), m_previousName);
    if (!stored) {
        m_ui->testResultLabel->setText(stored.error().message);
        return;
    }
    m_profile = *stored;
    QDialog::accept();
}

} // namespace ServiceDeck::Views
