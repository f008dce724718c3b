// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/savedqueuerepository.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QStandardItem;
class QStandardItemModel;
class QToolButton;
class QTreeView;

namespace ServiceDeck::Views {

// The queues on the left of the main window with the number of tickets in each: the standard
// queues, then the user's own ("My queues"), which can be created from the current filter,
// renamed and deleted here (buttons and context menu).
class QueueNavigator : public QWidget
{
    Q_OBJECT

public:
    enum Role {
        QueueKeyRole = Qt::UserRole + 1, // QString: a standard queue's key or a queue's id
        CountRole,                       // qint64: tickets counted; absent until counted
    };
    Q_ENUM(Role)

    QueueNavigator(Storage::Database &db, const QUuid &actorId, QWidget *parent = nullptr);

    // The key a queue is known by here: the standard key, or the id of a saved queue.
    static QString queueKey(const Storage::SavedQueue &queue);

    QTreeView *tree() const { return m_tree; }
    QStandardItemModel *model() const { return m_model; }
    QModelIndex indexOf(const QString &key) const;

    // Reads the queues again (keeping the current one) and counts them.
    void reload();
    // Counts every queue's tickets again (soon, after the events waiting now).
    void refreshCounts();
    // Counts now; the milliseconds it took.
    qint64 countNow();

    std::optional<Storage::SavedQueue> currentQueue() const;
    bool selectQueue(const QString &key);
    // Keeps a queue's remembered columns and sort after the view saved them.
    void updateQueue(const Storage::SavedQueue &queue);

    // Ask for a name (or take the given one) and save `expression` as a new queue of the user.
    void createQueue(const QString &expression);
    void renameCurrentQueue();
    void deleteCurrentQueue();

signals:
    void queueChosen(const ServiceDeck::Storage::SavedQueue &queue);
    // The "new queue" button: the window knows the filter to save.
    void saveFilterRequested();
    void countsUpdated();

private:
    void rebuild(const QList<Storage::SavedQueue> &queues);
    QStandardItem *addQueueRow(QStandardItem *section, const Storage::SavedQueue &queue);
    void showContextMenu(const QPoint &pos);
    void updateButtons();
    void showError(const QString &title, const QString &message);

    Storage::Database &m_db;
    QUuid m_actorId;
    QStandardItemModel *m_model;
    QTreeView *m_tree;
    QToolButton *m_newButton;
    QToolButton *m_renameButton;
    QToolButton *m_deleteButton;
    QStandardItem *m_standardSection = nullptr;
    QStandardItem *m_ownSection = nullptr;
    QHash<QString, Storage::SavedQueue> m_queues;
    bool m_countPending = false;
    bool m_rebuilding = false;
};

} // namespace ServiceDeck::Views
