#pragma once

// The intake's list of files to attach (also the file dialog the case workspace uses).

#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace Shahrvand::Ui {

// Files chosen to attach to a record not saved yet (a new case): "Attach files…" opens
// the file dialog (several at once), each file is checked at once (size, and type by its
// content, as the server will), and the list can be thinned before saving. Saving is the
// owner's: it attaches files() through the cache.
class AttachmentPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentPicker(QWidget *parent = nullptr);

    // For tests: what the file dialog would answer.
    void setFileChooser(std::function<QStringList()> chooser) { m_chooser = std::move(chooser); }

    // Adds the files that may be attached; the others are named in problemLabel().
    void addFiles(const QStringList &paths);
    QStringList files() const;
    void clear();
    bool isEmpty() const { return files().isEmpty(); }

    QPushButton *attachButton() const { return m_attach; }
    QPushButton *removeButton() const { return m_remove; }
    QListWidget *list() const { return m_list; }
    QLabel *problemLabel() const { return m_problem; }

    // The file dialog, with the accepted kinds as its filter.
    static QStringList chooseFiles(QWidget *parent);

signals:
    void filesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    std::function<QStringList()> m_chooser;
    QPushButton *m_attach = nullptr;
    QPushButton *m_remove = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Shahrvand::Ui
