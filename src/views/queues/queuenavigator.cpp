// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuenavigator.h"

#include "queuecounter.h"

#include "storage/database.h"
#include "views/accessibility/themeicon.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace ServiceDeck::Views {

using Storage::SavedQueue;
using Storage::SavedQueueRepository;

QueueNavigator::QueueNavigator(Storage::Database &db, const QUuid &actorId, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_actorId(actorId)
    , m_model(new QStandardItemModel(this))
    , m_tree(new QTreeView(this))
    , m_newButton(new QToolButton(this))
    , m_renameButton(new QToolButton(this))
    , m_deleteButton(new QToolButton(this))
{
    m_tree->setObjectName(QStringLiteral("queueTree"));
    m_tree->setAccessibleName(tr("Queues"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setItemsExpandable(false);
    m_tree->setIndentation(12);

    const auto setUpButton = [](QToolButton *button, const QString &objectName,
                                const QString &text, const QString &tip, const char *icon) {
        button->setObjectName(objectName);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setIcon(themeIcon(QString::fromLatin1(icon)));
        button->setToolButtonStyle(button->icon().isNull() ? Qt::ToolButtonTextOnly
                                                           : Qt::ToolButtonIconOnly);
        button->setAutoRaise(true);
    };
    setUpButton(m_newButton, QStringLiteral("newQueueButton"), tr("Save…"),
                tr("Save the current filter as a queue"), "list-add");
    setUpButton(m_renameButton, QStringLiteral("renameQueueButton"), tr("Rename…"),
                tr("Rename the chosen queue"), "edit-rename");
    setUpButton(m_deleteButton, QStringLiteral("deleteQueueButton"), tr("Delete"),
                tr("Delete the chosen queue"), "list-remove");

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(4, 2, 4, 2);
    buttons->setSpacing(2);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);

    connect(m_newButton, &QToolButton::clicked, this, [this] { emit saveFilterRequested(); });
    connect(m_renameButton, &QToolButton::clicked, this, [this] { renameCurrentQueue(); });
    connect(m_deleteButton, &QToolButton::clicked, this, [this] { deleteCurrentQueue(); });
    connect(m_tree, &QTreeView::customContextMenuRequested, this,
            [this](const QPoint &pos) { showContextMenu(pos); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateButtons();
        if (m_rebuilding)
            return;
        if (const auto queue = currentQueue())
            emit queueChosen(*queue);
    });
    reload();
}

QString QueueNavigator::queueKey(const SavedQueue &queue)
{
    return queue.isStandard() ? queue.key : queue.id.toString(QUuid::WithoutBraces);
}

QModelIndex QueueNavigator::indexOf(const QString &key) const
{
    for (QStandardItem *section : {m_standardSection, m_ownSection}) {
        if (!section)
            continue;
        for (int row = 0; row < section->rowCount(); ++row) {
            if (section->child(row, 0)->data(QueueKeyRole).toString() == key)
                return section->child(row, 0)->index();
        }
    }
    return {};
}

void QueueNavigator::reload()
{
    auto queues = SavedQueueRepository(m_db).queuesOf(m_actorId);
    if (!queues) {
        showError(tr("Queues"), queues.error().message);
        return;
    }
    rebuild(*queues);
    refreshCounts();
}

void QueueNavigator::rebuild(const QList<SavedQueue> &queues)
{
    const QString current = currentQueue() ? queueKey(*currentQueue()) : QString();
    m_rebuilding = true;
    m_model->clear();
    m_model->setColumnCount(2);
    m_queues.clear();
    const auto section = [this](const QString &title) {
        auto *item = new QStandardItem(title);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        item->setSelectable(false);
        auto *empty = new QStandardItem;
        empty->setSelectable(false);
        m_model->appendRow({item, empty});
        return item;
    };
    m_standardSection = section(tr("Queues"));
    m_ownSection = section(tr("My queues"));
    for (const SavedQueue &queue : queues)
        addQueueRow(queue.isStandard() ? m_standardSection : m_ownSection, queue);
    m_tree->expandAll();
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    QModelIndex index = indexOf(current);
    m_rebuilding = false;
    if (!current.isEmpty() && index.isValid()) {
        // The same queue stays chosen without announcing it again.
        m_rebuilding = true;
        m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
        m_rebuilding = false;
    }
    updateButtons();
}

QStandardItem *QueueNavigator::addQueueRow(QStandardItem *section, const SavedQueue &queue)
{
    const QString key = queueKey(queue);
    m_queues.insert(key, queue);
    auto *name = new QStandardItem(queue.name);
    name->setData(key, QueueKeyRole);
    name->setToolTip(queue.expression.isEmpty() ? tr("All tickets") : queue.expression);
    auto *count = new QStandardItem;
    count->setData(key, QueueKeyRole);
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QPalette palette = m_tree->palette();
    count->setForeground(palette.color(QPalette::PlaceholderText));
    section->appendRow({name, count});
    return name;
}

void QueueNavigator::refreshCounts()
{
    if (m_countPending)
        return;
    m_countPending = true;
    // After the events waiting now, so the window is drawn before the database is asked.
    QTimer::singleShot(0, this, [this] {
        m_countPending = false;
        countNow();
    });
}

qint64 QueueNavigator::countNow()
{
    QElapsedTimer timer;
    timer.start();
    QueueCounter counter(m_db, m_actorId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    for (QStandardItem *section : {m_standardSection, m_ownSection}) {
        for (int row = 0; section && row < section->rowCount(); ++row) {
            QStandardItem *name = section->child(row, 0);
            QStandardItem *countItem = section->child(row, 1);
            const SavedQueue queue = m_queues.value(name->data(QueueKeyRole).toString());
            auto counted = counter.count(queue.expression, now);
            if (counted) {
                name->setData(*counted, CountRole);
                countItem->setData(*counted, CountRole);
                countItem->setText(locale.toString(*counted));
                name->setData(tr("%1: %Ln tickets", nullptr, int(std::min<qint64>(*counted, std::numeric_limits<int>::max())))
                                  .arg(queue.name),
                              Qt::AccessibleTextRole);
            } else {
                name->setData({}, CountRole);
                countItem->setText(QStringLiteral("!"));
                countItem->setToolTip(counted.error().message);
            }
        }
    }
    const qint64 elapsed = timer.elapsed();
    m_tree->setToolTip(tr("Counted in %Ln ms", nullptr, int(elapsed)));
    emit countsUpdated();
    return elapsed;
}

std::optional<SavedQueue> QueueNavigator::currentQueue() const
{
    const QString key = m_tree->currentIndex().siblingAtColumn(0).data(QueueKeyRole).toString();
    if (key.isEmpty() || !m_queues.contains(key))
        return std::nullopt;
    return m_queues.value(key);
}

bool QueueNavigator::selectQueue(const QString &key)
{
    const QModelIndex index = indexOf(key);
    if (!index.isValid())
        return false;
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    return true;
}

void QueueNavigator::updateQueue(const SavedQueue &queue)
{
    const QString key = queueKey(queue);
    if (m_queues.contains(key))
        m_queues.insert(key, queue);
}

void QueueNavigator::createQueue(const QString &expression)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Queue"),
                                               tr("Save the filter “%1” as a queue named:")
                                                   .arg(expression.isEmpty() ? tr("(all tickets)")
                                                                             : expression),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto created = SavedQueueRepository(m_db).create(m_actorId, name, expression, m_actorId);
    if (!created) {
        showError(tr("Save Queue"), created.error().message);
        return;
    }
    reload();
    selectQueue(queueKey(*created));
}

void QueueNavigator::renameCurrentQueue()
{
    const auto queue = currentQueue();
    if (!queue || queue->isStandard())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Queue"), tr("New name:"),
                                               QLineEdit::Normal, queue->name, &ok);
    if (!ok || name.trimmed().isEmpty() || name.trimmed() == queue->name)
        return;
    auto renamed = SavedQueueRepository(m_db).rename(queue->id, name, m_actorId);
    if (!renamed) {
        showError(tr("Rename Queue"), renamed.error().message);
        return;
    }
    reload();
}

void QueueNavigator::deleteCurrentQueue()
{
    const auto queue = currentQueue();
    if (!queue || queue->isStandard())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Queue"),
        tr("Delete the queue “%1”? The tickets in it stay as they are.").arg(queue->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto removed = SavedQueueRepository(m_db).remove(queue->id, m_actorId);
    if (!removed) {
        showError(tr("Delete Queue"), removed.error().message);
        return;
    }
    // The first standard queue takes the place of the deleted one.
    m_tree->setCurrentIndex({});
    reload();
    if (m_standardSection && m_standardSection->rowCount() > 0)
        selectQueue(m_standardSection->child(0, 0)->data(QueueKeyRole).toString());
}

void QueueNavigator::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (index.isValid() && index.siblingAtColumn(0).data(QueueKeyRole).isValid())
        m_tree->setCurrentIndex(index.siblingAtColumn(0));
    QMenu menu(this);
    const auto queue = currentQueue();
    const bool own = queue && !queue->isStandard();
    QAction *save = menu.addAction(tr("Save Current Filter as Queue…"));
    connect(save, &QAction::triggered, this, [this] { emit saveFilterRequested(); });
    QAction *rename = menu.addAction(tr("Rename…"));
    rename->setEnabled(own);
    connect(rename, &QAction::triggered, this, [this] { renameCurrentQueue(); });
    QAction *remove = menu.addAction(tr("Delete"));
    remove->setEnabled(own);
    connect(remove, &QAction::triggered, this, [this] { deleteCurrentQueue(); });
    menu.addSeparator();
    QAction *recount = menu.addAction(tr("Refresh Counts"));
    connect(recount, &QAction::triggered, this, [this] { refreshCounts(); });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void QueueNavigator::updateButtons()
{
    const auto queue = currentQueue();
    const bool own = queue && !queue->isStandard();
    m_renameButton->setEnabled(own);
    m_deleteButton->setEnabled(own);
}

void QueueNavigator::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace ServiceDeck::Views
