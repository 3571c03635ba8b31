#pragma once

#include <QStringList>

namespace Shahrvand::Ui {

// Registers the bundled Vazirmatn faces and makes them the application font, with
// Noto as the fallback for anything Vazirmatn lacks. Returns the families in the
// order they are tried.
QStringList installApplicationFonts();

} // namespace Shahrvand::Ui
