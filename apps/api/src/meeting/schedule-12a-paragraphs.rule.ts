import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsInt, Max, Min } from 'class-validator';

/**
 * Paragraphs of Schedule 12A to the Local Government Act 1972, which has ten. Which combinations are
 * lawful (a description from 1 to 7, qualified by 8 to 10) is the domain's rule, answered by it.
 */
export function IsSchedule12AParagraphs(): PropertyDecorator {
  return (target, key) => {
    ArrayMinSize(1)(target, key);
    ArrayMaxSize(10)(target, key);
    ArrayUnique()(target, key);
    IsInt({ each: true })(target, key);
    Min(1, { each: true, message: 'Schedule 12A paragraphs are numbered 1 to 10' })(target, key);
    Max(10, { each: true, message: 'Schedule 12A paragraphs are numbered 1 to 10' })(target, key);
  };
}
