// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/synccontroller.h"

#include <QWidget>

class QLabel;

namespace ServiceDeck::Views {

// Cached mode in the main window's status bar: the state, the changes waiting for the hub and
// the open conflicts, with the last sync and the last error in its tooltip. A click (or Enter
// or Space when it has focus) asks for the sync panel.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    // What the widget reads, as one line: "Sync failed · 3 changes waiting · 1 conflict".
    QString text() const;
    const Sync::SyncStatus &status() const { return m_status; }

public slots:
    void setStatus(const ServiceDeck::Sync::SyncStatus &status);

signals:
    void panelRequested();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    Sync::SyncStatus m_status;
    QLabel *m_icon = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_counts = nullptr;
};

} // namespace ServiceDeck::Views
