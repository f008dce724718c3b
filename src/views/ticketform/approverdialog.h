// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "referencelookup.h"

#include <QDialog>
#include <QSet>

#include <memory>

namespace ServiceDeck::Views {

namespace Ui {
class ApproverDialog;
}

// Picks the CAB members to ask for a decision on a change; those with an open request are
// shown ticked and cannot be asked twice.
class ApproverDialog : public QDialog
{
    Q_OBJECT

public:
    ApproverDialog(const QList<UserEntry> &candidates, const QSet<QUuid> &asked,
                   QWidget *parent = nullptr);
    ~ApproverDialog() override;

    // Ticks a candidate by login; false when none has it or they are asked already.
    bool check(const QString &login);
    QList<QUuid> chosen() const;

private:
    void updateOk();

    std::unique_ptr<Ui::ApproverDialog> m_ui;
};

} // namespace ServiceDeck::Views
