/**
 * Full-text search across information reports, requests and joint cases, in Vietnamese, Chinese and English, with
 * filters by kind, crime area, unit, period and status. The index lives in memory, one per node, kept in step by
 * the cooperation and cases modules' events and rebuilt from their records at start-up; a reader sees only what
 * those modules let them open ({@code Cooperation.visibleTo}, {@code CaseTexts.visibleTo}). Nothing depends on this
 * module.
 */
package org.liaison.search;
