
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `other {# góc nhìn}`,
'story-widgets.count.regions': `other {# khu vực}`,
'story-widgets.count.takes': `other {# bài}`,
'story-widgets.lenses.heading': `Báo chí đưa tin thế nào`,
'story-widgets.lenses.legend': `Số bài theo góc nhìn`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `other {Xem thêm # bài}`,
'story-widgets.lenses.other': `Tin bài khác`,
'story-widgets.link.new-tab': `(mở trong thẻ mới)`,
'story-widgets.live.coverage': `Đã cập nhật tin bài`,
'story-widgets.live.failed': str`Không tải được: ${0}.`,
'story-widgets.live.fallback': `Thay vào đó, trang hiển thị nội dung riêng của mình.`,
'story-widgets.live.loaded': str`Đã tải: ${0}.`,
'story-widgets.live.new-takes': `other {# bài mới}`,
'story-widgets.live.numbers': `Đã cập nhật số liệu`,
'story-widgets.live.summary': `Đã cập nhật tóm tắt`,
'story-widgets.locale': `vi`,
'story-widgets.meta.updated': str`Đã cập nhật ${0}`,
'story-widgets.numbers.about': `khoảng`,
'story-widgets.numbers.heading': `Những con số`,
'story-widgets.part.summary': `Tóm tắt tin`,
'story-widgets.provider': str`Phân tích tin: ${0}`,
'story-widgets.state.error': `Không thể tải bài viết.`,
'story-widgets.state.loading': `Đang tải bài viết…`,
'story-widgets.summary.entities': `Nhân vật và tổ chức`,
'story-widgets.summary.link': `Đọc toàn bộ bài viết`,
'story-widgets.summary.more': `Thêm về tin này`,
'story-widgets.summary.related': `Tin liên quan`,
'story-widgets.summary.watch': `Điều cần theo dõi`,
'story-widgets.summary.why': `Vì sao quan trọng`,
'story-widgets.take.new': `Mới`,
'story-widgets.type.analysis': `Phân tích`,
'story-widgets.type.event': `Sự kiện`,
    };
  