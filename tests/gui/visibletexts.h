#pragma once

#include <QStringList>

class QWidget;

namespace Shahrvand::Testing {

// Every text a person can read in `root` and the widgets and menus under it: titles,
// labels, button and action texts, tool tips, placeholders, list items and table
// headers. Item-view cells are data (tracking codes, names), not interface text, and are
// left out; so are the key names of the shortcuts list.
QStringList visibleTexts(QWidget *root);

// The texts that show Latin letters or ASCII digits once each of `allowed` (data such
// as a server address, or the name "English" in the language menu) is taken out.
QStringList notPersian(const QStringList &texts, const QStringList &allowed);

// Whether a label in `root`, on screen, shows exactly `text` (a problem said, say).
bool showsLabel(QWidget *root, const QString &text);

} // namespace Shahrvand::Testing
