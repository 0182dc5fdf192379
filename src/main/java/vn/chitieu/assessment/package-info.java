/**
 * How a target is judged (spec/assessment.md): attainment against the plan and the trajectory
 * towards it, each with the numbers it used and a reason in words. Framework-free: plain Java and
 * the extraction module's enums, so that anyone can run and check it by hand.
 */
package vn.chitieu.assessment;
