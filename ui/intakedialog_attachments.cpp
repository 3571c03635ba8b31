#include "intakedialog_attachments.h"

#include "localcache.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

namespace {

constexpr int PathRole = Qt::UserRole + 1;

} // namespace

AttachmentPicker::AttachmentPicker(QWidget *parent)
    : QWidget(parent)
{
    m_attach = new QPushButton(this);
    m_attach->setObjectName(QStringLiteral("attachFiles"));
    m_attach->setAutoDefault(false);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeFile"));
    m_remove->setAutoDefault(false);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachments"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(fontMetrics().height() * 3 + 8);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("attachmentProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(buttons);
    layout->addWidget(m_list);
    layout->addWidget(m_problem);

    connect(m_attach, &QPushButton::clicked, this,
            [this] { addFiles(m_chooser ? m_chooser() : chooseFiles(this)); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QList<QListWidgetItem *> chosen = m_list->selectedItems();
        qDeleteAll(chosen);
        if (!chosen.isEmpty())
            emit filesChanged();
        updateButtons();
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &AttachmentPicker::updateButtons);
    retranslate();
    updateButtons();
}

QStringList AttachmentPicker::chooseFiles(QWidget *parent)
{
    return QFileDialog::getOpenFileNames(
        parent, tr("Attach files"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Photos, PDF and text (*.jpg *.jpeg *.png *.webp *.pdf *.txt);;All files (*)"));
}

void AttachmentPicker::addFiles(const QStringList &paths)
{
    QStringList problems;
    const QStringList already = files();
    bool added = false;
    for (const QString &path : paths) {
        if (already.contains(path))
            continue;
        const QString name = QFileInfo(path).fileName();
        const auto type = Cache::LocalCache::checkAttachable(path);
        if (!type) {
            problems << tr("%1: %2").arg(name, type.error().message());
            continue;
        }
        const QString size = QLocale().formattedDataSize(QFileInfo(path).size());
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(name, size), m_list);
        item->setData(PathRole, path);
        item->setToolTip(path);
        added = true;
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    if (added)
        emit filesChanged();
    updateButtons();
}

QStringList AttachmentPicker::files() const
{
    QStringList paths;
    for (int i = 0; i < m_list->count(); ++i)
        paths << m_list->item(i)->data(PathRole).toString();
    return paths;
}

void AttachmentPicker::clear()
{
    m_list->clear();
    m_problem->clear();
    m_problem->hide();
    updateButtons();
}

void AttachmentPicker::updateButtons()
{
    m_list->setVisible(m_list->count() > 0);
    m_remove->setVisible(m_list->count() > 0);
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

void AttachmentPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AttachmentPicker::retranslate()
{
    m_attach->setText(tr("Attach files…"));
    m_remove->setText(tr("Remove"));
    m_attach->setToolTip(tr("Photos (JPEG, PNG, WebP), PDF documents or plain text, up to %1 MB "
                            "each. They are sent with the next sync.")
                             .arg(Cache::LocalCache::maxAttachmentBytes / (1024 * 1024)));
}

} // namespace Shahrvand::Ui
