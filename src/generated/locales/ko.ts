
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'story-widgets.count.lenses': `other {관점 #개}`,
'story-widgets.count.regions': `other {#개 지역}`,
'story-widgets.count.takes': `other {보도 #건}`,
'story-widgets.lenses.heading': `언론은 어떻게 보도했나`,
'story-widgets.lenses.legend': `관점별 보도 수`,
'story-widgets.lenses.legend-item': str`: ${0}, ${1}`,
'story-widgets.lenses.more': `other {보도 #건 더 보기}`,
'story-widgets.lenses.other': `기타 보도`,
'story-widgets.link.new-tab': `(새 탭에서 열림)`,
'story-widgets.live.coverage': `보도가 업데이트됨`,
'story-widgets.live.failed': str`불러오지 못함: ${0}.`,
'story-widgets.live.fallback': `대신 페이지 자체 콘텐츠가 표시됩니다.`,
'story-widgets.live.loaded': str`불러옴: ${0}.`,
'story-widgets.live.new-takes': `other {새 보도 #건}`,
'story-widgets.live.numbers': `수치가 업데이트됨`,
'story-widgets.live.summary': `요약이 업데이트됨`,
'story-widgets.locale': `ko`,
'story-widgets.meta.updated': str`${0} 업데이트됨`,
'story-widgets.numbers.about': `약`,
'story-widgets.numbers.heading': `숫자로 보는 뉴스`,
'story-widgets.part.summary': `기사 요약`,
'story-widgets.provider': str`기사 분석: ${0}`,
'story-widgets.state.error': `기사를 불러오지 못했습니다.`,
'story-widgets.state.loading': `기사를 불러오는 중…`,
'story-widgets.summary.entities': `관련 인물·기관`,
'story-widgets.summary.link': `기사 전문 읽기`,
'story-widgets.summary.more': `이 기사 더 보기`,
'story-widgets.summary.related': `관련 기사`,
'story-widgets.summary.watch': `향후 관전 포인트`,
'story-widgets.summary.why': `왜 중요한가`,
'story-widgets.take.new': `새 보도`,
'story-widgets.type.analysis': `분석`,
'story-widgets.type.event': `사건`,
    };
  