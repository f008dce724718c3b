// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QWidget;

namespace ServiceDeck::Test {

// Runs `answer` on the next modal dialog once it is open (QInputDialog, QMessageBox, …): a
// widget test's way to answer the dialog that the action it triggers opens with exec().
void whenDialogOpens(std::function<void(QWidget *dialog)> answer);

} // namespace ServiceDeck::Test
