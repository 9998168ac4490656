
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `other {# มุมมอง}`,
'story-widgets.count.regions': `other {# ภูมิภาค}`,
'story-widgets.count.takes': `other {# รายงาน}`,
'story-widgets.lenses.heading': `สื่อรายงานอย่างไร`,
'story-widgets.lenses.legend': `จำนวนรายงานตามมุมมอง`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `other {แสดงอีก # รายงาน}`,
'story-widgets.lenses.other': `การรายงานอื่น ๆ`,
'story-widgets.link.new-tab': `(เปิดในแท็บใหม่)`,
'story-widgets.live.coverage': `อัปเดตการรายงานแล้ว`,
'story-widgets.live.failed': str`โหลดไม่ได้: ${0}`,
'story-widgets.live.fallback': `หน้านี้แสดงเนื้อหาของตนเองแทน`,
'story-widgets.live.loaded': str`โหลดแล้ว: ${0}`,
'story-widgets.live.new-takes': `other {รายงานใหม่ # รายการ}`,
'story-widgets.live.numbers': `อัปเดตตัวเลขแล้ว`,
'story-widgets.live.summary': `อัปเดตสรุปแล้ว`,
'story-widgets.locale': `th`,
'story-widgets.meta.updated': str`อัปเดต ${0}`,
'story-widgets.numbers.about': `ประมาณ`,
'story-widgets.numbers.heading': `ตัวเลขที่น่าสนใจ`,
'story-widgets.part.summary': `สรุปข่าว`,
'story-widgets.provider': str`วิเคราะห์ข่าวโดย ${0}`,
'story-widgets.state.error': `ไม่สามารถโหลดข่าวนี้ได้`,
'story-widgets.state.loading': `กำลังโหลดข่าว…`,
'story-widgets.summary.entities': `บุคคลและองค์กร`,
'story-widgets.summary.link': `อ่านข่าวฉบับเต็ม`,
'story-widgets.summary.more': `เพิ่มเติมเกี่ยวกับข่าวนี้`,
'story-widgets.summary.related': `ข่าวที่เกี่ยวข้อง`,
'story-widgets.summary.watch': `สิ่งที่ต้องจับตา`,
'story-widgets.summary.why': `ทำไมจึงสำคัญ`,
'story-widgets.take.new': `ใหม่`,
'story-widgets.type.analysis': `บทวิเคราะห์`,
'story-widgets.type.event': `เหตุการณ์`,
    };
  