// SPDX-License-Identifier: GPL-3.0-or-later
#include "blackouteditor.h"
#include "ui_blackouteditor.h"

#include "storage/cirepository.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace ServiceDeck::Views::Internal {

namespace {

enum ItemRole { IdRole = Qt::UserRole + 1, NameRole };

constexpr int searchLimit = 50;

} // namespace

BlackoutEditor::BlackoutEditor(Storage::Database &db, const User &actor,
                               const Storage::StoredBlackout &blackout, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BlackoutEditor>())
    , m_db(db)
    , m_actor(actor)
    , m_saved(blackout)
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("blackoutEditor"));
    setWindowTitle(blackout.id.isNull() ? tr("New Freeze Window") : tr("Edit Freeze Window"));
    // The locale's short form, with the year in full so that typing one is never ambiguous.
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    // Shown and edited in local time; the repository stores UTC.
    for (QDateTimeEdit *edit : {m_ui->startEdit, m_ui->endEdit})
        edit->setDisplayFormat(format);
    m_ui->nameEdit->setText(blackout.name);
    m_ui->reasonEdit->setText(blackout.reason);
    m_ui->startEdit->setDateTime(blackout.starts.toLocalTime());
    m_ui->endEdit->setDateTime(blackout.ends.toLocalTime());
    (blackout.global ? m_ui->globalRadio : m_ui->scopedRadio)->setChecked(true);
    for (const Storage::ScopeCi &ci : blackout.scope)
        addScopeItem(ci);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, [this] { search(); });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    // Return in the search field searches at once instead of saving the dialog.
    m_ui->searchEdit->installEventFilter(this);
    connect(m_ui->addCiButton, &QPushButton::clicked, this, [this] { addSelected(); });
    connect(m_ui->removeCiButton, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_ui->resultList, &QListWidget::itemDoubleClicked, this, [this] { addSelected(); });
    connect(m_ui->scopeList, &QListWidget::itemDoubleClicked, this, [this] { removeSelected(); });
    connect(m_ui->resultList, &QListWidget::itemSelectionChanged, this,
            [this] { updateScopeState(); });
    connect(m_ui->scopeList, &QListWidget::itemSelectionChanged, this,
            [this] { updateScopeState(); });
    connect(m_ui->scopedRadio, &QRadioButton::toggled, this, [this] { updateScopeState(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BlackoutEditor::accept);
    updateScopeState();
}

BlackoutEditor::~BlackoutEditor() = default;

bool BlackoutEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_searchTimer->stop();
            search();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void BlackoutEditor::search()
{
    m_ui->resultList->clear();
    const QString text = m_ui->searchEdit->text().trimmed();
    if (text.isEmpty())
        return;
    auto found = Storage::CiRepository(m_db).search(text, searchLimit);
    if (!found) {
        QMessageBox::warning(this, tr("Search Failed"), found.error().message);
        return;
    }
    for (const Storage::CiSummary &ci : std::as_const(*found)) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(ci.name, ci.ciClass));
        item->setData(IdRole, ci.id);
        item->setData(NameRole, ci.name);
        m_ui->resultList->addItem(item);
    }
    if (m_ui->resultList->count() > 0)
        m_ui->resultList->setCurrentRow(0);
}

void BlackoutEditor::addScopeItem(const Storage::ScopeCi &ci)
{
    for (int row = 0; row < m_ui->scopeList->count(); ++row) {
        if (m_ui->scopeList->item(row)->data(IdRole).toUuid() == ci.id)
            return;
    }
    auto *item = new QListWidgetItem(ci.name);
    item->setData(IdRole, ci.id);
    item->setData(NameRole, ci.name);
    m_ui->scopeList->addItem(item);
    m_ui->scopeList->sortItems();
}

void BlackoutEditor::addSelected()
{
    const QList<QListWidgetItem *> selected = m_ui->resultList->selectedItems();
    for (const QListWidgetItem *item : selected)
        addScopeItem({item->data(IdRole).toUuid(), item->data(NameRole).toString()});
    if (!selected.isEmpty())
        m_ui->scopedRadio->setChecked(true);
    updateScopeState();
}

void BlackoutEditor::removeSelected()
{
    qDeleteAll(m_ui->scopeList->selectedItems());
    updateScopeState();
}

void BlackoutEditor::updateScopeState()
{
    const bool scoped = m_ui->scopedRadio->isChecked();
    m_ui->scopePane->setEnabled(scoped);
    m_ui->addCiButton->setEnabled(scoped && !m_ui->resultList->selectedItems().isEmpty());
    m_ui->removeCiButton->setEnabled(scoped && !m_ui->scopeList->selectedItems().isEmpty());
}

Storage::StoredBlackout BlackoutEditor::edited() const
{
    Storage::StoredBlackout blackout = m_saved;
    blackout.name = m_ui->nameEdit->text();
    blackout.reason = m_ui->reasonEdit->text();
    blackout.starts = m_ui->startEdit->dateTime().toUTC();
    blackout.ends = m_ui->endEdit->dateTime().toUTC();
    blackout.global = m_ui->globalRadio->isChecked();
    blackout.scope.clear();
    if (!blackout.global) {
        for (int row = 0; row < m_ui->scopeList->count(); ++row) {
            const QListWidgetItem *item = m_ui->scopeList->item(row);
            blackout.scope << Storage::ScopeCi{item->data(IdRole).toUuid(),
                                               item->data(NameRole).toString()};
        }
    }
    return blackout;
}

void BlackoutEditor::accept()
{
    const Storage::StoredBlackout blackout = edited();
    Storage::WindowRepository windows(m_db);
    auto saved = blackout.id.isNull() ? windows.createBlackout(blackout, m_actor)
                                      : windows.updateBlackout(blackout, m_actor);
    if (!saved) {
        QMessageBox::warning(this, tr("Freeze Window Not Saved"), saved.error().message);
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace ServiceDeck::Views::Internal
